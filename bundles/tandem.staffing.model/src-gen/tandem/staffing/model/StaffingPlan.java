/**
 */
package tandem.staffing.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import tandem.campaign.model.CampaignCalendar;

import tandem.core.model.PlanDocument;
import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The staffing plan of one queue over a date range: targets, shrinkage, the campaign calendars whose lift adds to the baseline forecast, and one row per interval.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getEndDate <em>End Date</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getServiceLevelShare <em>Service Level Share</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getAnswerWithinSeconds <em>Answer Within Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getAsaTargetSeconds <em>Asa Target Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getAbandonmentTarget <em>Abandonment Target</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getAhtSeconds <em>Aht Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getShrinkage <em>Shrinkage</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getUnplannedShrinkage <em>Unplanned Shrinkage</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getOccupancyCap <em>Occupancy Cap</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getAveragePatienceSeconds <em>Average Patience Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getStaffTo <em>Staff To</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getCampaignCalendars <em>Campaign Calendars</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getIntradayProfile <em>Intraday Profile</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getRoster <em>Roster</em>}</li>
 *   <li>{@link tandem.staffing.model.StaffingPlan#getIntervals <em>Intervals</em>}</li>
 * </ul>
 *
 * @see tandem.staffing.model.StaffingPackage#getStaffingPlan()
 * @model
 * @generated
 */
public interface StaffingPlan extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The queue the plan staffs (from the project's contact-center setup).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Queue</em>' reference.
   * @see #setQueue(Queue)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_Queue()
   * @model
   * @generated
   */
  Queue getQueue();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getQueue <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Queue</em>' reference.
   * @see #getQueue()
   * @generated
   */
  void setQueue(Queue value);

  /**
   * Returns the value of the '<em><b>Interval Minutes</b></em>' attribute.
   * The default value is <code>"15"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Length of a planning interval in minutes: 15, 30 or 60.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Interval Minutes</em>' attribute.
   * @see #setIntervalMinutes(int)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_IntervalMinutes()
   * @model default="15"
   * @generated
   */
  int getIntervalMinutes();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getIntervalMinutes <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Interval Minutes</em>' attribute.
   * @see #getIntervalMinutes()
   * @generated
   */
  void setIntervalMinutes(int value);

  /**
   * Returns the value of the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start Date</em>' attribute.
   * @see #setStartDate(LocalDate)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_StartDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getStartDate();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getStartDate <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start Date</em>' attribute.
   * @see #getStartDate()
   * @generated
   */
  void setStartDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>End Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The last day of the plan (inclusive).
   * <!-- end-model-doc -->
   * @return the value of the '<em>End Date</em>' attribute.
   * @see #setEndDate(LocalDate)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_EndDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getEndDate();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getEndDate <em>End Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>End Date</em>' attribute.
   * @see #getEndDate()
   * @generated
   */
  void setEndDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Service Level Share</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Service-level target: the share (0..1] of contacts to answer within answerWithinSeconds (0.8 for 80%). Empty: no service-level target.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Service Level Share</em>' attribute.
   * @see #setServiceLevelShare(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_ServiceLevelShare()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  Double getServiceLevelShare();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getServiceLevelShare <em>Service Level Share</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Service Level Share</em>' attribute.
   * @see #getServiceLevelShare()
   * @generated
   */
  void setServiceLevelShare(Double value);

  /**
   * Returns the value of the '<em><b>Answer Within Seconds</b></em>' attribute.
   * The default value is <code>"20"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The answer time the service level refers to, in seconds.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Answer Within Seconds</em>' attribute.
   * @see #setAnswerWithinSeconds(double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_AnswerWithinSeconds()
   * @model default="20"
   * @generated
   */
  double getAnswerWithinSeconds();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getAnswerWithinSeconds <em>Answer Within Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Answer Within Seconds</em>' attribute.
   * @see #getAnswerWithinSeconds()
   * @generated
   */
  void setAnswerWithinSeconds(double value);

  /**
   * Returns the value of the '<em><b>Asa Target Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Average-speed-of-answer target in seconds. Empty: no ASA target.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Asa Target Seconds</em>' attribute.
   * @see #setAsaTargetSeconds(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_AsaTargetSeconds()
   * @model
   * @generated
   */
  Double getAsaTargetSeconds();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getAsaTargetSeconds <em>Asa Target Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Asa Target Seconds</em>' attribute.
   * @see #getAsaTargetSeconds()
   * @generated
   */
  void setAsaTargetSeconds(Double value);

  /**
   * Returns the value of the '<em><b>Abandonment Target</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Abandonment target: the highest share (0..1] of callers who may hang up before they are answered (0.05 for 5%). Needs the callers' average patience (Erlang A). Empty: no abandonment target.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Abandonment Target</em>' attribute.
   * @see #setAbandonmentTarget(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_AbandonmentTarget()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  Double getAbandonmentTarget();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getAbandonmentTarget <em>Abandonment Target</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Abandonment Target</em>' attribute.
   * @see #getAbandonmentTarget()
   * @generated
   */
  void setAbandonmentTarget(Double value);

  /**
   * Returns the value of the '<em><b>Aht Seconds</b></em>' attribute.
   * The default value is <code>"180"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Average handle time in seconds for every interval that does not give its own.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Aht Seconds</em>' attribute.
   * @see #setAhtSeconds(double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_AhtSeconds()
   * @model default="180"
   * @generated
   */
  double getAhtSeconds();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getAhtSeconds <em>Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Aht Seconds</em>' attribute.
   * @see #getAhtSeconds()
   * @generated
   */
  void setAhtSeconds(double value);

  /**
   * Returns the value of the '<em><b>Shrinkage</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Share [0..1) of scheduled time lost to breaks, meetings, training and absence. Not set: missing (staffing then plans with none, and the checks ask for it); 0 is a stated 0%.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Shrinkage</em>' attribute.
   * @see #isSetShrinkage()
   * @see #unsetShrinkage()
   * @see #setShrinkage(double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_Shrinkage()
   * @model unsettable="true"
   *        annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getShrinkage();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getShrinkage <em>Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Shrinkage</em>' attribute.
   * @see #isSetShrinkage()
   * @see #unsetShrinkage()
   * @see #getShrinkage()
   * @generated
   */
  void setShrinkage(double value);

  /**
   * Unsets the value of the '{@link tandem.staffing.model.StaffingPlan#getShrinkage <em>Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isSetShrinkage()
   * @see #getShrinkage()
   * @see #setShrinkage(double)
   * @generated
   */
  void unsetShrinkage();

  /**
   * Returns whether the value of the '{@link tandem.staffing.model.StaffingPlan#getShrinkage <em>Shrinkage</em>}' attribute is set.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return whether the value of the '<em>Shrinkage</em>' attribute is set.
   * @see #unsetShrinkage()
   * @see #getShrinkage()
   * @see #setShrinkage(double)
   * @generated
   */
  boolean isSetShrinkage();

  /**
   * Returns the value of the '<em><b>Unplanned Shrinkage</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * For a plan linked to a roster: share [0..1) of the heads on the schedule lost to absence (sickness, lateness, unplanned time off). Breaks, lunch, meetings and training (planned shrinkage) are already off the roster's heads, so only this share inflates the required heads. Ignored without a roster (shrinkage applies).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Unplanned Shrinkage</em>' attribute.
   * @see #setUnplannedShrinkage(double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_UnplannedShrinkage()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getUnplannedShrinkage();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getUnplannedShrinkage <em>Unplanned Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Unplanned Shrinkage</em>' attribute.
   * @see #getUnplannedShrinkage()
   * @generated
   */
  void setUnplannedShrinkage(double value);

  /**
   * Returns the value of the '<em><b>Occupancy Cap</b></em>' attribute.
   * The default value is <code>"1"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Highest share (0..1] of their time agents may spend on contacts; 1 means no cap.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Occupancy Cap</em>' attribute.
   * @see #setOccupancyCap(double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_OccupancyCap()
   * @model default="1"
   *        annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getOccupancyCap();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getOccupancyCap <em>Occupancy Cap</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Occupancy Cap</em>' attribute.
   * @see #getOccupancyCap()
   * @generated
   */
  void setOccupancyCap(double value);

  /**
   * Returns the value of the '<em><b>Average Patience Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Callers' average patience in seconds. Given: staffing uses Erlang A (callers abandon). Empty: Erlang C.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Average Patience Seconds</em>' attribute.
   * @see #setAveragePatienceSeconds(Double)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_AveragePatienceSeconds()
   * @model
   * @generated
   */
  Double getAveragePatienceSeconds();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getAveragePatienceSeconds <em>Average Patience Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Average Patience Seconds</em>' attribute.
   * @see #getAveragePatienceSeconds()
   * @generated
   */
  void setAveragePatienceSeconds(Double value);

  /**
   * Returns the value of the '<em><b>Staff To</b></em>' attribute.
   * The default value is <code>"forecast"</code>.
   * The literals are from the enumeration {@link tandem.staffing.model.StaffTo}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What the required agents are computed for: the baseline forecast, or its upper bound (the interval's upper bound of an 80% prediction interval, where the baseline came from a forecast with bounds; intervals without one use the baseline). Campaign lift is added on top either way.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Staff To</em>' attribute.
   * @see tandem.staffing.model.StaffTo
   * @see #setStaffTo(StaffTo)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_StaffTo()
   * @model default="forecast"
   * @generated
   */
  StaffTo getStaffTo();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getStaffTo <em>Staff To</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Staff To</em>' attribute.
   * @see tandem.staffing.model.StaffTo
   * @see #getStaffTo()
   * @generated
   */
  void setStaffTo(StaffTo value);

  /**
   * Returns the value of the '<em><b>Campaign Calendars</b></em>' reference list.
   * The list contents are of type {@link tandem.campaign.model.CampaignCalendar}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Campaign calendars whose contact lift for the plan's queue adds to the baseline forecast.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Campaign Calendars</em>' reference list.
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_CampaignCalendars()
   * @model
   * @generated
   */
  EList<CampaignCalendar> getCampaignCalendars();

  /**
   * Returns the value of the '<em><b>Intraday Profile</b></em>' attribute list.
   * The list contents are of type {@link java.lang.Double}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Share of a day's campaign contacts per interval of the day, from midnight (96 values for 15-minute intervals). Empty: spread evenly over the queue's open intervals, or over the whole day.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Intraday Profile</em>' attribute list.
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_IntradayProfile()
   * @model unique="false"
   * @generated
   */
  EList<Double> getIntradayProfile();

  /**
   * Returns the value of the '<em><b>Roster</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The roster that schedules the plan's queue (a roster document of the project). Set: the scheduled heads of the days the roster schedules come from its shifts (agents on the queue less those in breaks, lunch, meetings or training), not from the intervals' typed numbers. Typed as a plan document so that the staffing model does not depend on the roster model; a scheduled-heads provider reads it.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Roster</em>' reference.
   * @see #setRoster(PlanDocument)
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_Roster()
   * @model
   * @generated
   */
  PlanDocument getRoster();

  /**
   * Sets the value of the '{@link tandem.staffing.model.StaffingPlan#getRoster <em>Roster</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Roster</em>' reference.
   * @see #getRoster()
   * @generated
   */
  void setRoster(PlanDocument value);

  /**
   * Returns the value of the '<em><b>Intervals</b></em>' containment reference list.
   * The list contents are of type {@link tandem.staffing.model.StaffingInterval}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * One row per interval of the date range, in time order.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Intervals</em>' containment reference list.
   * @see tandem.staffing.model.StaffingPackage#getStaffingPlan_Intervals()
   * @model containment="true"
   * @generated
   */
  EList<StaffingInterval> getIntervals();

} // StaffingPlan
