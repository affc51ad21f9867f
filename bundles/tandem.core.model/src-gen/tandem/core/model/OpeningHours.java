/**
 */
package tandem.core.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opening Hours</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Weekly hours in one time zone, with holidays and other exceptions. Queues share them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.OpeningHours#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link tandem.core.model.OpeningHours#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link tandem.core.model.OpeningHours#getExceptions <em>Exceptions</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getOpeningHours()
 * @model
 * @generated
 */
public interface OpeningHours extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
   * The default value is <code>"UTC"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Time Zone</em>' attribute.
   * @see #setTimeZone(String)
   * @see tandem.core.model.CorePackage#getOpeningHours_TimeZone()
   * @model default="UTC"
   * @generated
   */
  String getTimeZone();

  /**
   * Sets the value of the '{@link tandem.core.model.OpeningHours#getTimeZone <em>Time Zone</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Time Zone</em>' attribute.
   * @see #getTimeZone()
   * @generated
   */
  void setTimeZone(String value);

  /**
   * Returns the value of the '<em><b>Weekly Hours</b></em>' containment reference list.
   * The list contents are of type {@link tandem.core.model.WeeklyHours}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Weekly Hours</em>' containment reference list.
   * @see tandem.core.model.CorePackage#getOpeningHours_WeeklyHours()
   * @model containment="true"
   * @generated
   */
  EList<WeeklyHours> getWeeklyHours();

  /**
   * Returns the value of the '<em><b>Exceptions</b></em>' containment reference list.
   * The list contents are of type {@link tandem.core.model.HoursException}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Exceptions</em>' containment reference list.
   * @see tandem.core.model.CorePackage#getOpeningHours_Exceptions()
   * @model containment="true"
   * @generated
   */
  EList<HoursException> getExceptions();

} // OpeningHours
