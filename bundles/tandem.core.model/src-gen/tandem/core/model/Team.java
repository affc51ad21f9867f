/**
 */
package tandem.core.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.Team#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link tandem.core.model.Team#getLead <em>Lead</em>}</li>
 *   <li>{@link tandem.core.model.Team#getQueues <em>Queues</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Headcount</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Headcount</em>' attribute.
   * @see #setHeadcount(int)
   * @see tandem.core.model.CorePackage#getTeam_Headcount()
   * @model
   * @generated
   */
  int getHeadcount();

  /**
   * Sets the value of the '{@link tandem.core.model.Team#getHeadcount <em>Headcount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Headcount</em>' attribute.
   * @see #getHeadcount()
   * @generated
   */
  void setHeadcount(int value);

  /**
   * Returns the value of the '<em><b>Lead</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Lead</em>' attribute.
   * @see #setLead(String)
   * @see tandem.core.model.CorePackage#getTeam_Lead()
   * @model
   * @generated
   */
  String getLead();

  /**
   * Sets the value of the '{@link tandem.core.model.Team#getLead <em>Lead</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Lead</em>' attribute.
   * @see #getLead()
   * @generated
   */
  void setLead(String value);

  /**
   * Returns the value of the '<em><b>Queues</b></em>' reference list.
   * The list contents are of type {@link tandem.core.model.Queue}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queues</em>' reference list.
   * @see tandem.core.model.CorePackage#getTeam_Queues()
   * @model
   * @generated
   */
  EList<Queue> getQueues();

} // Team
