/**
 */
package tandem.goals.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reading</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The metric's value measured on one date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.goals.model.Reading#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.goals.model.Reading#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see tandem.goals.model.GoalsPackage#getReading()
 * @model
 * @generated
 */
public interface Reading extends EObject
{
  /**
   * Returns the value of the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Date</em>' attribute.
   * @see #setDate(LocalDate)
   * @see tandem.goals.model.GoalsPackage#getReading_Date()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getDate();

  /**
   * Sets the value of the '{@link tandem.goals.model.Reading#getDate <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Date</em>' attribute.
   * @see #getDate()
   * @generated
   */
  void setDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Value</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Value</em>' attribute.
   * @see #setValue(double)
   * @see tandem.goals.model.GoalsPackage#getReading_Value()
   * @model
   * @generated
   */
  double getValue();

  /**
   * Sets the value of the '{@link tandem.goals.model.Reading#getValue <em>Value</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Value</em>' attribute.
   * @see #getValue()
   * @generated
   */
  void setValue(double value);

} // Reading
