/**
 */
package tandem.staffing.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One planning interval: its baseline forecast, handle time and the agents scheduled. Kept small (no id): a year of 15-minute intervals is 35,040 rows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.staffing.model.StaffingInterval#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingInterval#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingInterval#getLowerBound <em>Lower Bound</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingInterval#getUpperBound <em>Upper Bound</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingInterval#getAhtSeconds <em>Aht Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingInterval#getScheduled <em>Scheduled</em>}</li>
 * </ul>
 *
 * @see tandem.staffing.model.StaffingPackage#getStaffingInterval()
 * @model
 * @generated
 */
public interface StaffingInterval extends EObject
{
  /**
   * Returns the value of the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start</em>' attribute.
   * @see #setStart(LocalDateTime)
   * @see tandem.staffing.model.StaffingPackage#getStaffingInterval_Start()
   * @model dataType="tandem.core.model.LocalDateTime"
   * @generated
   */
  LocalDateTime getStart();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingInterval#getStart <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start</em>' attribute.
   * @see #getStart()
   * @generated
   */
  void setStart(LocalDateTime value);

  /**
   * Returns the value of the '<em><b>Baseline</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Contacts forecast for the interval without campaigns.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Baseline</em>' attribute.
   * @see #setBaseline(double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingInterval_Baseline()
   * @model
   * @generated
   */
  double getBaseline();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingInterval#getBaseline <em>Baseline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Baseline</em>' attribute.
   * @see #getBaseline()
   * @generated
   */
  void setBaseline(double value);

  /**
   * Returns the value of the '<em><b>Lower Bound</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Lower bound of the baseline's 80% prediction interval, when the baseline came from a forecast. Empty: no bounds.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Lower Bound</em>' attribute.
   * @see #setLowerBound(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingInterval_LowerBound()
   * @model
   * @generated
   */
  Double getLowerBound();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingInterval#getLowerBound <em>Lower Bound</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Lower Bound</em>' attribute.
   * @see #getLowerBound()
   * @generated
   */
  void setLowerBound(Double value);

  /**
   * Returns the value of the '<em><b>Upper Bound</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Upper bound of the baseline's 80% prediction interval, when the baseline came from a forecast; staffed to when the plan staffs to the upper bound. Empty: no bounds.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Upper Bound</em>' attribute.
   * @see #setUpperBound(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingInterval_UpperBound()
   * @model
   * @generated
   */
  Double getUpperBound();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingInterval#getUpperBound <em>Upper Bound</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Upper Bound</em>' attribute.
   * @see #getUpperBound()
   * @generated
   */
  void setUpperBound(Double value);

  /**
   * Returns the value of the '<em><b>Aht Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Average handle time of the interval in seconds. Empty: the plan's AHT.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Aht Seconds</em>' attribute.
   * @see #setAhtSeconds(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingInterval_AhtSeconds()
   * @model
   * @generated
   */
  Double getAhtSeconds();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingInterval#getAhtSeconds <em>Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Aht Seconds</em>' attribute.
   * @see #getAhtSeconds()
   * @generated
   */
  void setAhtSeconds(Double value);

  /**
   * Returns the value of the '<em><b>Scheduled</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Agents scheduled for the interval (heads on the schedule, before shrinkage).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Scheduled</em>' attribute.
   * @see #setScheduled(int)
   * @see tandem.staffing.model.StaffingPackage#getStaffingInterval_Scheduled()
   * @model
   * @generated
   */
  int getScheduled();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingInterval#getScheduled <em>Scheduled</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Scheduled</em>' attribute.
   * @see #getScheduled()
   * @generated
   */
  void setScheduled(int value);

} // StaffingInterval
