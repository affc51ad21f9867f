/**
 */
package tandem.core.model;

import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Weekly Hours</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.WeeklyHours#getDay <em>Day</em>}</li>
 *   <li>{@link tandem.core.model.WeeklyHours#getOpens <em>Opens</em>}</li>
 *   <li>{@link tandem.core.model.WeeklyHours#getCloses <em>Closes</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getWeeklyHours()
 * @model
 * @generated
 */
public interface WeeklyHours extends EObject
{
  /**
   * Returns the value of the '<em><b>Day</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.core.model.Weekday}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Day</em>' attribute.
   * @see tandem.core.model.Weekday
   * @see #setDay(Weekday)
   * @see tandem.core.model.CorePackage#getWeeklyHours_Day()
   * @model
   * @generated
   */
  Weekday getDay();

  /**
   * Sets the value of the '{@link tandem.core.model.WeeklyHours#getDay <em>Day</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Day</em>' attribute.
   * @see tandem.core.model.Weekday
   * @see #getDay()
   * @generated
   */
  void setDay(Weekday value);

  /**
   * Returns the value of the '<em><b>Opens</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Opens</em>' attribute.
   * @see #setOpens(LocalTime)
   * @see tandem.core.model.CorePackage#getWeeklyHours_Opens()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getOpens();

  /**
   * Sets the value of the '{@link tandem.core.model.WeeklyHours#getOpens <em>Opens</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Opens</em>' attribute.
   * @see #getOpens()
   * @generated
   */
  void setOpens(LocalTime value);

  /**
   * Returns the value of the '<em><b>Closes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Closes</em>' attribute.
   * @see #setCloses(LocalTime)
   * @see tandem.core.model.CorePackage#getWeeklyHours_Closes()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getCloses();

  /**
   * Sets the value of the '{@link tandem.core.model.WeeklyHours#getCloses <em>Closes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Closes</em>' attribute.
   * @see #getCloses()
   * @generated
   */
  void setCloses(LocalTime value);

} // WeeklyHours
