/**
 */
package tandem.staffing.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import tandem.core.model.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Staffing plans: the contacts one queue is forecast to receive per interval, the agents that need and the agents scheduled.
 * <!-- end-model-doc -->
 * @see tandem.staffing.model.StaffingFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface StaffingPackage extends EPackage
{
  /**
   * The package name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNAME = "model";

  /**
   * The package namespace URI.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_URI = "http://tandem.dev/staffing/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "staffing";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  StaffingPackage eINSTANCE = tandem.staffing.model.impl.StaffingPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.staffing.model.impl.StaffingPlanImpl <em>Plan</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.staffing.model.impl.StaffingPlanImpl
   * @see tandem.staffing.model.impl.StaffingPackageImpl#getStaffingPlan()
   * @generated
   */
  int STAFFING_PLAN = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__QUEUE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Interval Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__INTERVAL_MINUTES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__START_DATE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>End Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__END_DATE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Service Level Share</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__SERVICE_LEVEL_SHARE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Answer Within Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__ANSWER_WITHIN_SECONDS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Asa Target Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__ASA_TARGET_SECONDS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Abandonment Target</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__ABANDONMENT_TARGET = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Aht Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__AHT_SECONDS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 8;

  /**
   * The feature id for the '<em><b>Shrinkage</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__SHRINKAGE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 9;

  /**
   * The feature id for the '<em><b>Unplanned Shrinkage</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__UNPLANNED_SHRINKAGE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 10;

  /**
   * The feature id for the '<em><b>Occupancy Cap</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__OCCUPANCY_CAP = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 11;

  /**
   * The feature id for the '<em><b>Average Patience Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 12;

  /**
   * The feature id for the '<em><b>Staff To</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__STAFF_TO = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 13;

  /**
   * The feature id for the '<em><b>Campaign Calendars</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__CAMPAIGN_CALENDARS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 14;

  /**
   * The feature id for the '<em><b>Intraday Profile</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__INTRADAY_PROFILE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 15;

  /**
   * The feature id for the '<em><b>Roster</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__ROSTER = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 16;

  /**
   * The feature id for the '<em><b>Intervals</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN__INTERVALS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 17;

  /**
   * The number of structural features of the '<em>Plan</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 18;

  /**
   * The number of operations of the '<em>Plan</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_PLAN_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.staffing.model.impl.StaffingIntervalImpl <em>Interval</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.staffing.model.impl.StaffingIntervalImpl
   * @see tandem.staffing.model.impl.StaffingPackageImpl#getStaffingInterval()
   * @generated
   */
  int STAFFING_INTERVAL = 1;

  /**
   * The feature id for the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL__START = 0;

  /**
   * The feature id for the '<em><b>Baseline</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL__BASELINE = 1;

  /**
   * The feature id for the '<em><b>Lower Bound</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL__LOWER_BOUND = 2;

  /**
   * The feature id for the '<em><b>Upper Bound</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL__UPPER_BOUND = 3;

  /**
   * The feature id for the '<em><b>Aht Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL__AHT_SECONDS = 4;

  /**
   * The feature id for the '<em><b>Scheduled</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL__SCHEDULED = 5;

  /**
   * The number of structural features of the '<em>Interval</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL_FEATURE_COUNT = 6;

  /**
   * The number of operations of the '<em>Interval</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STAFFING_INTERVAL_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.staffing.model.StaffTo <em>Staff To</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.staffing.model.StaffTo
   * @see tandem.staffing.model.impl.StaffingPackageImpl#getStaffTo()
   * @generated
   */
  int STAFF_TO = 2;


  /**
   * Returns the meta object for class '{@link tandem.staffing.model.StaffingPlan <em>Plan</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Plan</em>'.
   * @see tandem.staffing.model.StaffingPlan
   * @generated
   */
  EClass getStaffingPlan();

  /**
   * Returns the meta object for the reference '{@link tandem.staffing.model.StaffingPlan#getQueue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Queue</em>'.
   * @see tandem.staffing.model.StaffingPlan#getQueue()
   * @see #getStaffingPlan()
   * @generated
   */
  EReference getStaffingPlan_Queue();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getIntervalMinutes <em>Interval Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Interval Minutes</em>'.
   * @see tandem.staffing.model.StaffingPlan#getIntervalMinutes()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_IntervalMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getStartDate <em>Start Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start Date</em>'.
   * @see tandem.staffing.model.StaffingPlan#getStartDate()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_StartDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getEndDate <em>End Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>End Date</em>'.
   * @see tandem.staffing.model.StaffingPlan#getEndDate()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_EndDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getServiceLevelShare <em>Service Level Share</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Service Level Share</em>'.
   * @see tandem.staffing.model.StaffingPlan#getServiceLevelShare()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_ServiceLevelShare();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getAnswerWithinSeconds <em>Answer Within Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Answer Within Seconds</em>'.
   * @see tandem.staffing.model.StaffingPlan#getAnswerWithinSeconds()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_AnswerWithinSeconds();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getAsaTargetSeconds <em>Asa Target Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Asa Target Seconds</em>'.
   * @see tandem.staffing.model.StaffingPlan#getAsaTargetSeconds()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_AsaTargetSeconds();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getAbandonmentTarget <em>Abandonment Target</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Abandonment Target</em>'.
   * @see tandem.staffing.model.StaffingPlan#getAbandonmentTarget()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_AbandonmentTarget();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getAhtSeconds <em>Aht Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Aht Seconds</em>'.
   * @see tandem.staffing.model.StaffingPlan#getAhtSeconds()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_AhtSeconds();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getShrinkage <em>Shrinkage</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Shrinkage</em>'.
   * @see tandem.staffing.model.StaffingPlan#getShrinkage()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_Shrinkage();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getUnplannedShrinkage <em>Unplanned Shrinkage</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Unplanned Shrinkage</em>'.
   * @see tandem.staffing.model.StaffingPlan#getUnplannedShrinkage()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_UnplannedShrinkage();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getOccupancyCap <em>Occupancy Cap</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Occupancy Cap</em>'.
   * @see tandem.staffing.model.StaffingPlan#getOccupancyCap()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_OccupancyCap();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getAveragePatienceSeconds <em>Average Patience Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Average Patience Seconds</em>'.
   * @see tandem.staffing.model.StaffingPlan#getAveragePatienceSeconds()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_AveragePatienceSeconds();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingPlan#getStaffTo <em>Staff To</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Staff To</em>'.
   * @see tandem.staffing.model.StaffingPlan#getStaffTo()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_StaffTo();

  /**
   * Returns the meta object for the reference list '{@link tandem.staffing.model.StaffingPlan#getCampaignCalendars <em>Campaign Calendars</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Campaign Calendars</em>'.
   * @see tandem.staffing.model.StaffingPlan#getCampaignCalendars()
   * @see #getStaffingPlan()
   * @generated
   */
  EReference getStaffingPlan_CampaignCalendars();

  /**
   * Returns the meta object for the attribute list '{@link tandem.staffing.model.StaffingPlan#getIntradayProfile <em>Intraday Profile</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Intraday Profile</em>'.
   * @see tandem.staffing.model.StaffingPlan#getIntradayProfile()
   * @see #getStaffingPlan()
   * @generated
   */
  EAttribute getStaffingPlan_IntradayProfile();

  /**
   * Returns the meta object for the reference '{@link tandem.staffing.model.StaffingPlan#getRoster <em>Roster</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Roster</em>'.
   * @see tandem.staffing.model.StaffingPlan#getRoster()
   * @see #getStaffingPlan()
   * @generated
   */
  EReference getStaffingPlan_Roster();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.staffing.model.StaffingPlan#getIntervals <em>Intervals</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Intervals</em>'.
   * @see tandem.staffing.model.StaffingPlan#getIntervals()
   * @see #getStaffingPlan()
   * @generated
   */
  EReference getStaffingPlan_Intervals();

  /**
   * Returns the meta object for class '{@link tandem.staffing.model.StaffingInterval <em>Interval</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Interval</em>'.
   * @see tandem.staffing.model.StaffingInterval
   * @generated
   */
  EClass getStaffingInterval();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingInterval#getStart <em>Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start</em>'.
   * @see tandem.staffing.model.StaffingInterval#getStart()
   * @see #getStaffingInterval()
   * @generated
   */
  EAttribute getStaffingInterval_Start();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingInterval#getBaseline <em>Baseline</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Baseline</em>'.
   * @see tandem.staffing.model.StaffingInterval#getBaseline()
   * @see #getStaffingInterval()
   * @generated
   */
  EAttribute getStaffingInterval_Baseline();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingInterval#getLowerBound <em>Lower Bound</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Lower Bound</em>'.
   * @see tandem.staffing.model.StaffingInterval#getLowerBound()
   * @see #getStaffingInterval()
   * @generated
   */
  EAttribute getStaffingInterval_LowerBound();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingInterval#getUpperBound <em>Upper Bound</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Upper Bound</em>'.
   * @see tandem.staffing.model.StaffingInterval#getUpperBound()
   * @see #getStaffingInterval()
   * @generated
   */
  EAttribute getStaffingInterval_UpperBound();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingInterval#getAhtSeconds <em>Aht Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Aht Seconds</em>'.
   * @see tandem.staffing.model.StaffingInterval#getAhtSeconds()
   * @see #getStaffingInterval()
   * @generated
   */
  EAttribute getStaffingInterval_AhtSeconds();

  /**
   * Returns the meta object for the attribute '{@link tandem.staffing.model.StaffingInterval#getScheduled <em>Scheduled</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Scheduled</em>'.
   * @see tandem.staffing.model.StaffingInterval#getScheduled()
   * @see #getStaffingInterval()
   * @generated
   */
  EAttribute getStaffingInterval_Scheduled();

  /**
   * Returns the meta object for enum '{@link tandem.staffing.model.StaffTo <em>Staff To</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Staff To</em>'.
   * @see tandem.staffing.model.StaffTo
   * @generated
   */
  EEnum getStaffTo();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  StaffingFactory getStaffingFactory();

  /**
   * <!-- begin-user-doc -->
   * Defines literals for the meta objects that represent
   * <ul>
   *   <li>each class,</li>
   *   <li>each feature of each class,</li>
   *   <li>each operation of each class,</li>
   *   <li>each enum,</li>
   *   <li>and each data type</li>
   * </ul>
   * <!-- end-user-doc -->
   * @generated
   */
  interface Literals
  {
    /**
     * The meta object literal for the '{@link tandem.staffing.model.impl.StaffingPlanImpl <em>Plan</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.staffing.model.impl.StaffingPlanImpl
     * @see tandem.staffing.model.impl.StaffingPackageImpl#getStaffingPlan()
     * @generated
     */
    EClass STAFFING_PLAN = eINSTANCE.getStaffingPlan();

    /**
     * The meta object literal for the '<em><b>Queue</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference STAFFING_PLAN__QUEUE = eINSTANCE.getStaffingPlan_Queue();

    /**
     * The meta object literal for the '<em><b>Interval Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__INTERVAL_MINUTES = eINSTANCE.getStaffingPlan_IntervalMinutes();

    /**
     * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__START_DATE = eINSTANCE.getStaffingPlan_StartDate();

    /**
     * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__END_DATE = eINSTANCE.getStaffingPlan_EndDate();

    /**
     * The meta object literal for the '<em><b>Service Level Share</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__SERVICE_LEVEL_SHARE = eINSTANCE.getStaffingPlan_ServiceLevelShare();

    /**
     * The meta object literal for the '<em><b>Answer Within Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__ANSWER_WITHIN_SECONDS = eINSTANCE.getStaffingPlan_AnswerWithinSeconds();

    /**
     * The meta object literal for the '<em><b>Asa Target Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__ASA_TARGET_SECONDS = eINSTANCE.getStaffingPlan_AsaTargetSeconds();

    /**
     * The meta object literal for the '<em><b>Abandonment Target</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__ABANDONMENT_TARGET = eINSTANCE.getStaffingPlan_AbandonmentTarget();

    /**
     * The meta object literal for the '<em><b>Aht Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__AHT_SECONDS = eINSTANCE.getStaffingPlan_AhtSeconds();

    /**
     * The meta object literal for the '<em><b>Shrinkage</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__SHRINKAGE = eINSTANCE.getStaffingPlan_Shrinkage();

    /**
     * The meta object literal for the '<em><b>Unplanned Shrinkage</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__UNPLANNED_SHRINKAGE = eINSTANCE.getStaffingPlan_UnplannedShrinkage();

    /**
     * The meta object literal for the '<em><b>Occupancy Cap</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__OCCUPANCY_CAP = eINSTANCE.getStaffingPlan_OccupancyCap();

    /**
     * The meta object literal for the '<em><b>Average Patience Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS = eINSTANCE.getStaffingPlan_AveragePatienceSeconds();

    /**
     * The meta object literal for the '<em><b>Staff To</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__STAFF_TO = eINSTANCE.getStaffingPlan_StaffTo();

    /**
     * The meta object literal for the '<em><b>Campaign Calendars</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference STAFFING_PLAN__CAMPAIGN_CALENDARS = eINSTANCE.getStaffingPlan_CampaignCalendars();

    /**
     * The meta object literal for the '<em><b>Intraday Profile</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_PLAN__INTRADAY_PROFILE = eINSTANCE.getStaffingPlan_IntradayProfile();

    /**
     * The meta object literal for the '<em><b>Roster</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference STAFFING_PLAN__ROSTER = eINSTANCE.getStaffingPlan_Roster();

    /**
     * The meta object literal for the '<em><b>Intervals</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference STAFFING_PLAN__INTERVALS = eINSTANCE.getStaffingPlan_Intervals();

    /**
     * The meta object literal for the '{@link tandem.staffing.model.impl.StaffingIntervalImpl <em>Interval</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.staffing.model.impl.StaffingIntervalImpl
     * @see tandem.staffing.model.impl.StaffingPackageImpl#getStaffingInterval()
     * @generated
     */
    EClass STAFFING_INTERVAL = eINSTANCE.getStaffingInterval();

    /**
     * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_INTERVAL__START = eINSTANCE.getStaffingInterval_Start();

    /**
     * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_INTERVAL__BASELINE = eINSTANCE.getStaffingInterval_Baseline();

    /**
     * The meta object literal for the '<em><b>Lower Bound</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_INTERVAL__LOWER_BOUND = eINSTANCE.getStaffingInterval_LowerBound();

    /**
     * The meta object literal for the '<em><b>Upper Bound</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_INTERVAL__UPPER_BOUND = eINSTANCE.getStaffingInterval_UpperBound();

    /**
     * The meta object literal for the '<em><b>Aht Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_INTERVAL__AHT_SECONDS = eINSTANCE.getStaffingInterval_AhtSeconds();

    /**
     * The meta object literal for the '<em><b>Scheduled</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STAFFING_INTERVAL__SCHEDULED = eINSTANCE.getStaffingInterval_Scheduled();

    /**
     * The meta object literal for the '{@link tandem.staffing.model.StaffTo <em>Staff To</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.staffing.model.StaffTo
     * @see tandem.staffing.model.impl.StaffingPackageImpl#getStaffTo()
     * @generated
     */
    EEnum STAFF_TO = eINSTANCE.getStaffTo();

  }

} //StaffingPackage
