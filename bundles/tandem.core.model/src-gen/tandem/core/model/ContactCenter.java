/**
 */
package tandem.core.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Center</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The contact-center setup of one organisation, kept in one .center file per project.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.ContactCenter#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link tandem.core.model.ContactCenter#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link tandem.core.model.ContactCenter#getQueues <em>Queues</em>}</li>
 *   <li>{@link tandem.core.model.ContactCenter#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link tandem.core.model.ContactCenter#getTeams <em>Teams</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getContactCenter()
 * @model
 * @generated
 */
public interface ContactCenter extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Organisation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Organisation</em>' attribute.
   * @see #setOrganisation(String)
   * @see tandem.core.model.CorePackage#getContactCenter_Organisation()
   * @model
   * @generated
   */
  String getOrganisation();

  /**
   * Sets the value of the '{@link tandem.core.model.ContactCenter#getOrganisation <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Organisation</em>' attribute.
   * @see #getOrganisation()
   * @generated
   */
  void setOrganisation(String value);

  /**
   * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
   * The default value is <code>"UTC"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Time Zone</em>' attribute.
   * @see #setTimeZone(String)
   * @see tandem.core.model.CorePackage#getContactCenter_TimeZone()
   * @model default="UTC"
   * @generated
   */
  String getTimeZone();

  /**
   * Sets the value of the '{@link tandem.core.model.ContactCenter#getTimeZone <em>Time Zone</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Time Zone</em>' attribute.
   * @see #getTimeZone()
   * @generated
   */
  void setTimeZone(String value);

  /**
   * Returns the value of the '<em><b>Queues</b></em>' containment reference list.
   * The list contents are of type {@link tandem.core.model.Queue}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queues</em>' containment reference list.
   * @see tandem.core.model.CorePackage#getContactCenter_Queues()
   * @model containment="true"
   * @generated
   */
  EList<Queue> getQueues();

  /**
   * Returns the value of the '<em><b>Opening Hours</b></em>' containment reference list.
   * The list contents are of type {@link tandem.core.model.OpeningHours}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Opening Hours</em>' containment reference list.
   * @see tandem.core.model.CorePackage#getContactCenter_OpeningHours()
   * @model containment="true"
   * @generated
   */
  EList<OpeningHours> getOpeningHours();

  /**
   * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
   * The list contents are of type {@link tandem.core.model.Team}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Teams</em>' containment reference list.
   * @see tandem.core.model.CorePackage#getContactCenter_Teams()
   * @model containment="true"
   * @generated
   */
  EList<Team> getTeams();

} // ContactCenter
