/**
 */
package tandem.roster.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Break Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A break or lunch of a template and where in the shift it may start: between earliestAfterMinutes and latestAfterMinutes after the shift starts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.BreakRule#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.roster.model.BreakRule#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.BreakRule#getEarliestAfterMinutes <em>Earliest After Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.BreakRule#getLatestAfterMinutes <em>Latest After Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.BreakRule#isPaid <em>Paid</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getBreakRule()
 * @model
 * @generated
 */
public interface BreakRule extends EObject
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * The default value is <code>"break"</code>.
   * The literals are from the enumeration {@link tandem.roster.model.ActivityKind}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see tandem.roster.model.ActivityKind
   * @see #setKind(ActivityKind)
   * @see tandem.roster.model.RosterPackage#getBreakRule_Kind()
   * @model default="break"
   * @generated
   */
  ActivityKind getKind();

  /**
   * Sets the value of the '{@link tandem.roster.model.BreakRule#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see tandem.roster.model.ActivityKind
   * @see #getKind()
   * @generated
   */
  void setKind(ActivityKind value);

  /**
   * Returns the value of the '<em><b>Length Minutes</b></em>' attribute.
   * The default value is <code>"15"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Length Minutes</em>' attribute.
   * @see #setLengthMinutes(int)
   * @see tandem.roster.model.RosterPackage#getBreakRule_LengthMinutes()
   * @model default="15"
   * @generated
   */
  int getLengthMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.BreakRule#getLengthMinutes <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Length Minutes</em>' attribute.
   * @see #getLengthMinutes()
   * @generated
   */
  void setLengthMinutes(int value);

  /**
   * Returns the value of the '<em><b>Earliest After Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Earliest After Minutes</em>' attribute.
   * @see #setEarliestAfterMinutes(int)
   * @see tandem.roster.model.RosterPackage#getBreakRule_EarliestAfterMinutes()
   * @model
   * @generated
   */
  int getEarliestAfterMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.BreakRule#getEarliestAfterMinutes <em>Earliest After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Earliest After Minutes</em>' attribute.
   * @see #getEarliestAfterMinutes()
   * @generated
   */
  void setEarliestAfterMinutes(int value);

  /**
   * Returns the value of the '<em><b>Latest After Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Latest After Minutes</em>' attribute.
   * @see #setLatestAfterMinutes(int)
   * @see tandem.roster.model.RosterPackage#getBreakRule_LatestAfterMinutes()
   * @model
   * @generated
   */
  int getLatestAfterMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.BreakRule#getLatestAfterMinutes <em>Latest After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Latest After Minutes</em>' attribute.
   * @see #getLatestAfterMinutes()
   * @generated
   */
  void setLatestAfterMinutes(int value);

  /**
   * Returns the value of the '<em><b>Paid</b></em>' attribute.
   * The default value is <code>"true"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Paid</em>' attribute.
   * @see #setPaid(boolean)
   * @see tandem.roster.model.RosterPackage#getBreakRule_Paid()
   * @model default="true"
   * @generated
   */
  boolean isPaid();

  /**
   * Sets the value of the '{@link tandem.roster.model.BreakRule#isPaid <em>Paid</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Paid</em>' attribute.
   * @see #isPaid()
   * @generated
   */
  void setPaid(boolean value);

} // BreakRule
