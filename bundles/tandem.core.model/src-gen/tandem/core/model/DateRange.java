/**
 */
package tandem.core.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.DateRange#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.core.model.DateRange#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getDateRange()
 * @model
 * @generated
 */
public interface DateRange extends EObject
{
  /**
   * Returns the value of the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start</em>' attribute.
   * @see #setStart(LocalDate)
   * @see tandem.core.model.CorePackage#getDateRange_Start()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getStart();

  /**
   * Sets the value of the '{@link tandem.core.model.DateRange#getStart <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start</em>' attribute.
   * @see #getStart()
   * @generated
   */
  void setStart(LocalDate value);

  /**
   * Returns the value of the '<em><b>End</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>End</em>' attribute.
   * @see #setEnd(LocalDate)
   * @see tandem.core.model.CorePackage#getDateRange_End()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getEnd();

  /**
   * Sets the value of the '{@link tandem.core.model.DateRange#getEnd <em>End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>End</em>' attribute.
   * @see #getEnd()
   * @generated
   */
  void setEnd(LocalDate value);

} // DateRange
