/**
 */
package tandem.roster.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.RosterRules#getMinRestHours <em>Min Rest Hours</em>}</li>
 *   <li>{@link tandem.roster.model.RosterRules#getMaxConsecutiveDays <em>Max Consecutive Days</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getRosterRules()
 * @model
 * @generated
 */
public interface RosterRules extends EObject
{
  /**
   * Returns the value of the '<em><b>Min Rest Hours</b></em>' attribute.
   * The default value is <code>"11.0"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The least rest between the end of one shift and the start of the next.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Min Rest Hours</em>' attribute.
   * @see #setMinRestHours(double)
   * @see tandem.roster.model.RosterPackage#getRosterRules_MinRestHours()
   * @model default="11.0"
   * @generated
   */
  double getMinRestHours();

  /**
   * Sets the value of the '{@link tandem.roster.model.RosterRules#getMinRestHours <em>Min Rest Hours</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Min Rest Hours</em>' attribute.
   * @see #getMinRestHours()
   * @generated
   */
  void setMinRestHours(double value);

  /**
   * Returns the value of the '<em><b>Max Consecutive Days</b></em>' attribute.
   * The default value is <code>"6"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Max Consecutive Days</em>' attribute.
   * @see #setMaxConsecutiveDays(int)
   * @see tandem.roster.model.RosterPackage#getRosterRules_MaxConsecutiveDays()
   * @model default="6"
   * @generated
   */
  int getMaxConsecutiveDays();

  /**
   * Sets the value of the '{@link tandem.roster.model.RosterRules#getMaxConsecutiveDays <em>Max Consecutive Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Max Consecutive Days</em>' attribute.
   * @see #getMaxConsecutiveDays()
   * @generated
   */
  void setMaxConsecutiveDays(int value);

} // RosterRules
