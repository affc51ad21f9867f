/**
 */
package tandem.roster.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.Activity#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.roster.model.Activity#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.roster.model.Activity#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.Activity#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends EObject
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.roster.model.ActivityKind}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see tandem.roster.model.ActivityKind
   * @see #setKind(ActivityKind)
   * @see tandem.roster.model.RosterPackage#getActivity_Kind()
   * @model
   * @generated
   */
  ActivityKind getKind();

  /**
   * Sets the value of the '{@link tandem.roster.model.Activity#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see tandem.roster.model.ActivityKind
   * @see #getKind()
   * @generated
   */
  void setKind(ActivityKind value);

  /**
   * Returns the value of the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start</em>' attribute.
   * @see #setStart(LocalDateTime)
   * @see tandem.roster.model.RosterPackage#getActivity_Start()
   * @model dataType="tandem.core.model.LocalDateTime"
   * @generated
   */
  LocalDateTime getStart();

  /**
   * Sets the value of the '{@link tandem.roster.model.Activity#getStart <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start</em>' attribute.
   * @see #getStart()
   * @generated
   */
  void setStart(LocalDateTime value);

  /**
   * Returns the value of the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Length Minutes</em>' attribute.
   * @see #setLengthMinutes(int)
   * @see tandem.roster.model.RosterPackage#getActivity_LengthMinutes()
   * @model
   * @generated
   */
  int getLengthMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.Activity#getLengthMinutes <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Length Minutes</em>' attribute.
   * @see #getLengthMinutes()
   * @generated
   */
  void setLengthMinutes(int value);

  /**
   * Returns the value of the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Name</em>' attribute.
   * @see #setName(String)
   * @see tandem.roster.model.RosterPackage#getActivity_Name()
   * @model
   * @generated
   */
  String getName();

  /**
   * Sets the value of the '{@link tandem.roster.model.Activity#getName <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Name</em>' attribute.
   * @see #getName()
   * @generated
   */
  void setName(String value);

} // Activity
