/**
 */
package tandem.staffing.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.campaign.model.CampaignCalendar;

import tandem.core.model.PlanDocument;
import tandem.core.model.Queue;

import tandem.core.model.impl.PlanDocumentImpl;

import tandem.staffing.model.StaffTo;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getServiceLevelShare <em>Service Level Share</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getAnswerWithinSeconds <em>Answer Within Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getAsaTargetSeconds <em>Asa Target Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getAbandonmentTarget <em>Abandonment Target</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getAhtSeconds <em>Aht Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getShrinkage <em>Shrinkage</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getUnplannedShrinkage <em>Unplanned Shrinkage</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getOccupancyCap <em>Occupancy Cap</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getAveragePatienceSeconds <em>Average Patience Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getStaffTo <em>Staff To</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getCampaignCalendars <em>Campaign Calendars</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getIntradayProfile <em>Intraday Profile</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getRoster <em>Roster</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingPlanImpl#getIntervals <em>Intervals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffingPlanImpl extends PlanDocumentImpl implements StaffingPlan
{
  /**
   * The cached value of the '{@link #getQueue() <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueue()
   * @generated
   * @ordered
   */
  protected Queue queue;

  /**
   * The default value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervalMinutes()
   * @generated
   * @ordered
   */
  protected static final int INTERVAL_MINUTES_EDEFAULT = 15;

  /**
   * The cached value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervalMinutes()
   * @generated
   * @ordered
   */
  protected int intervalMinutes = INTERVAL_MINUTES_EDEFAULT;

  /**
   * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate START_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartDate()
   * @generated
   * @ordered
   */
  protected LocalDate startDate = START_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEndDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate END_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEndDate()
   * @generated
   * @ordered
   */
  protected LocalDate endDate = END_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getServiceLevelShare() <em>Service Level Share</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getServiceLevelShare()
   * @generated
   * @ordered
   */
  protected static final Double SERVICE_LEVEL_SHARE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getServiceLevelShare() <em>Service Level Share</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getServiceLevelShare()
   * @generated
   * @ordered
   */
  protected Double serviceLevelShare = SERVICE_LEVEL_SHARE_EDEFAULT;

  /**
   * The default value of the '{@link #getAnswerWithinSeconds() <em>Answer Within Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAnswerWithinSeconds()
   * @generated
   * @ordered
   */
  protected static final double ANSWER_WITHIN_SECONDS_EDEFAULT = 20.0;

  /**
   * The cached value of the '{@link #getAnswerWithinSeconds() <em>Answer Within Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAnswerWithinSeconds()
   * @generated
   * @ordered
   */
  protected double answerWithinSeconds = ANSWER_WITHIN_SECONDS_EDEFAULT;

  /**
   * The default value of the '{@link #getAsaTargetSeconds() <em>Asa Target Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAsaTargetSeconds()
   * @generated
   * @ordered
   */
  protected static final Double ASA_TARGET_SECONDS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAsaTargetSeconds() <em>Asa Target Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAsaTargetSeconds()
   * @generated
   * @ordered
   */
  protected Double asaTargetSeconds = ASA_TARGET_SECONDS_EDEFAULT;

  /**
   * The default value of the '{@link #getAbandonmentTarget() <em>Abandonment Target</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAbandonmentTarget()
   * @generated
   * @ordered
   */
  protected static final Double ABANDONMENT_TARGET_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAbandonmentTarget() <em>Abandonment Target</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAbandonmentTarget()
   * @generated
   * @ordered
   */
  protected Double abandonmentTarget = ABANDONMENT_TARGET_EDEFAULT;

  /**
   * The default value of the '{@link #getAhtSeconds() <em>Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAhtSeconds()
   * @generated
   * @ordered
   */
  protected static final double AHT_SECONDS_EDEFAULT = 180.0;

  /**
   * The cached value of the '{@link #getAhtSeconds() <em>Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAhtSeconds()
   * @generated
   * @ordered
   */
  protected double ahtSeconds = AHT_SECONDS_EDEFAULT;

  /**
   * The default value of the '{@link #getShrinkage() <em>Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getShrinkage()
   * @generated
   * @ordered
   */
  protected static final double SHRINKAGE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getShrinkage() <em>Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getShrinkage()
   * @generated
   * @ordered
   */
  protected double shrinkage = SHRINKAGE_EDEFAULT;

  /**
   * This is true if the Shrinkage attribute has been set.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  protected boolean shrinkageESet;

  /**
   * The default value of the '{@link #getUnplannedShrinkage() <em>Unplanned Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUnplannedShrinkage()
   * @generated
   * @ordered
   */
  protected static final double UNPLANNED_SHRINKAGE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getUnplannedShrinkage() <em>Unplanned Shrinkage</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUnplannedShrinkage()
   * @generated
   * @ordered
   */
  protected double unplannedShrinkage = UNPLANNED_SHRINKAGE_EDEFAULT;

  /**
   * The default value of the '{@link #getOccupancyCap() <em>Occupancy Cap</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOccupancyCap()
   * @generated
   * @ordered
   */
  protected static final double OCCUPANCY_CAP_EDEFAULT = 1.0;

  /**
   * The cached value of the '{@link #getOccupancyCap() <em>Occupancy Cap</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOccupancyCap()
   * @generated
   * @ordered
   */
  protected double occupancyCap = OCCUPANCY_CAP_EDEFAULT;

  /**
   * The default value of the '{@link #getAveragePatienceSeconds() <em>Average Patience Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAveragePatienceSeconds()
   * @generated
   * @ordered
   */
  protected static final Double AVERAGE_PATIENCE_SECONDS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAveragePatienceSeconds() <em>Average Patience Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAveragePatienceSeconds()
   * @generated
   * @ordered
   */
  protected Double averagePatienceSeconds = AVERAGE_PATIENCE_SECONDS_EDEFAULT;

  /**
   * The default value of the '{@link #getStaffTo() <em>Staff To</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStaffTo()
   * @generated
   * @ordered
   */
  protected static final StaffTo STAFF_TO_EDEFAULT = StaffTo.FORECAST;

  /**
   * The cached value of the '{@link #getStaffTo() <em>Staff To</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStaffTo()
   * @generated
   * @ordered
   */
  protected StaffTo staffTo = STAFF_TO_EDEFAULT;

  /**
   * The cached value of the '{@link #getCampaignCalendars() <em>Campaign Calendars</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaignCalendars()
   * @generated
   * @ordered
   */
  protected EList<CampaignCalendar> campaignCalendars;

  /**
   * The cached value of the '{@link #getIntradayProfile() <em>Intraday Profile</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntradayProfile()
   * @generated
   * @ordered
   */
  protected EList<Double> intradayProfile;

  /**
   * The cached value of the '{@link #getRoster() <em>Roster</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRoster()
   * @generated
   * @ordered
   */
  protected PlanDocument roster;

  /**
   * The cached value of the '{@link #getIntervals() <em>Intervals</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervals()
   * @generated
   * @ordered
   */
  protected EList<StaffingInterval> intervals;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected StaffingPlanImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return StaffingPackage.Literals.STAFFING_PLAN;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Queue getQueue()
  {
    if (queue != null && queue.eIsProxy())
    {
      InternalEObject oldQueue = (InternalEObject)queue;
      queue = (Queue)eResolveProxy(oldQueue);
      if (queue != oldQueue)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, StaffingPackage.STAFFING_PLAN__QUEUE, oldQueue, queue));
      }
    }
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Queue basicGetQueue()
  {
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setQueue(Queue newQueue)
  {
    Queue oldQueue = queue;
    queue = newQueue;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__QUEUE, oldQueue, queue));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getIntervalMinutes()
  {
    return intervalMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setIntervalMinutes(int newIntervalMinutes)
  {
    int oldIntervalMinutes = intervalMinutes;
    intervalMinutes = newIntervalMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__INTERVAL_MINUTES, oldIntervalMinutes, intervalMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getStartDate()
  {
    return startDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStartDate(LocalDate newStartDate)
  {
    LocalDate oldStartDate = startDate;
    startDate = newStartDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__START_DATE, oldStartDate, startDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getEndDate()
  {
    return endDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setEndDate(LocalDate newEndDate)
  {
    LocalDate oldEndDate = endDate;
    endDate = newEndDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__END_DATE, oldEndDate, endDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getServiceLevelShare()
  {
    return serviceLevelShare;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setServiceLevelShare(Double newServiceLevelShare)
  {
    Double oldServiceLevelShare = serviceLevelShare;
    serviceLevelShare = newServiceLevelShare;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__SERVICE_LEVEL_SHARE, oldServiceLevelShare, serviceLevelShare));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getAnswerWithinSeconds()
  {
    return answerWithinSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAnswerWithinSeconds(double newAnswerWithinSeconds)
  {
    double oldAnswerWithinSeconds = answerWithinSeconds;
    answerWithinSeconds = newAnswerWithinSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__ANSWER_WITHIN_SECONDS, oldAnswerWithinSeconds, answerWithinSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getAsaTargetSeconds()
  {
    return asaTargetSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAsaTargetSeconds(Double newAsaTargetSeconds)
  {
    Double oldAsaTargetSeconds = asaTargetSeconds;
    asaTargetSeconds = newAsaTargetSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__ASA_TARGET_SECONDS, oldAsaTargetSeconds, asaTargetSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getAbandonmentTarget()
  {
    return abandonmentTarget;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAbandonmentTarget(Double newAbandonmentTarget)
  {
    Double oldAbandonmentTarget = abandonmentTarget;
    abandonmentTarget = newAbandonmentTarget;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__ABANDONMENT_TARGET, oldAbandonmentTarget, abandonmentTarget));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getAhtSeconds()
  {
    return ahtSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAhtSeconds(double newAhtSeconds)
  {
    double oldAhtSeconds = ahtSeconds;
    ahtSeconds = newAhtSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__AHT_SECONDS, oldAhtSeconds, ahtSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getShrinkage()
  {
    return shrinkage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setShrinkage(double newShrinkage)
  {
    double oldShrinkage = shrinkage;
    shrinkage = newShrinkage;
    boolean oldShrinkageESet = shrinkageESet;
    shrinkageESet = true;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__SHRINKAGE, oldShrinkage, shrinkage, !oldShrinkageESet));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void unsetShrinkage()
  {
    double oldShrinkage = shrinkage;
    boolean oldShrinkageESet = shrinkageESet;
    shrinkage = SHRINKAGE_EDEFAULT;
    shrinkageESet = false;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.UNSET, StaffingPackage.STAFFING_PLAN__SHRINKAGE, oldShrinkage, SHRINKAGE_EDEFAULT, oldShrinkageESet));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isSetShrinkage()
  {
    return shrinkageESet;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getUnplannedShrinkage()
  {
    return unplannedShrinkage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setUnplannedShrinkage(double newUnplannedShrinkage)
  {
    double oldUnplannedShrinkage = unplannedShrinkage;
    unplannedShrinkage = newUnplannedShrinkage;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__UNPLANNED_SHRINKAGE, oldUnplannedShrinkage, unplannedShrinkage));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getOccupancyCap()
  {
    return occupancyCap;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOccupancyCap(double newOccupancyCap)
  {
    double oldOccupancyCap = occupancyCap;
    occupancyCap = newOccupancyCap;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__OCCUPANCY_CAP, oldOccupancyCap, occupancyCap));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getAveragePatienceSeconds()
  {
    return averagePatienceSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAveragePatienceSeconds(Double newAveragePatienceSeconds)
  {
    Double oldAveragePatienceSeconds = averagePatienceSeconds;
    averagePatienceSeconds = newAveragePatienceSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS, oldAveragePatienceSeconds, averagePatienceSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public StaffTo getStaffTo()
  {
    return staffTo;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStaffTo(StaffTo newStaffTo)
  {
    StaffTo oldStaffTo = staffTo;
    staffTo = newStaffTo == null ? STAFF_TO_EDEFAULT : newStaffTo;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__STAFF_TO, oldStaffTo, staffTo));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<CampaignCalendar> getCampaignCalendars()
  {
    if (campaignCalendars == null)
    {
      campaignCalendars = new EObjectResolvingEList<CampaignCalendar>(CampaignCalendar.class, this, StaffingPackage.STAFFING_PLAN__CAMPAIGN_CALENDARS);
    }
    return campaignCalendars;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Double> getIntradayProfile()
  {
    if (intradayProfile == null)
    {
      intradayProfile = new EDataTypeEList<Double>(Double.class, this, StaffingPackage.STAFFING_PLAN__INTRADAY_PROFILE);
    }
    return intradayProfile;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public PlanDocument getRoster()
  {
    if (roster != null && roster.eIsProxy())
    {
      InternalEObject oldRoster = (InternalEObject)roster;
      roster = (PlanDocument)eResolveProxy(oldRoster);
      if (roster != oldRoster)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, StaffingPackage.STAFFING_PLAN__ROSTER, oldRoster, roster));
      }
    }
    return roster;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public PlanDocument basicGetRoster()
  {
    return roster;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRoster(PlanDocument newRoster)
  {
    PlanDocument oldRoster = roster;
    roster = newRoster;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_PLAN__ROSTER, oldRoster, roster));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<StaffingInterval> getIntervals()
  {
    if (intervals == null)
    {
      intervals = new EObjectContainmentEList<StaffingInterval>(StaffingInterval.class, this, StaffingPackage.STAFFING_PLAN__INTERVALS);
    }
    return intervals;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
  {
    switch (featureID)
    {
      case StaffingPackage.STAFFING_PLAN__INTERVALS:
        return ((InternalEList<?>)getIntervals()).basicRemove(otherEnd, msgs);
    }
    return super.eInverseRemove(otherEnd, featureID, msgs);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case StaffingPackage.STAFFING_PLAN__QUEUE:
        if (resolve) return getQueue();
        return basicGetQueue();
      case StaffingPackage.STAFFING_PLAN__INTERVAL_MINUTES:
        return getIntervalMinutes();
      case StaffingPackage.STAFFING_PLAN__START_DATE:
        return getStartDate();
      case StaffingPackage.STAFFING_PLAN__END_DATE:
        return getEndDate();
      case StaffingPackage.STAFFING_PLAN__SERVICE_LEVEL_SHARE:
        return getServiceLevelShare();
      case StaffingPackage.STAFFING_PLAN__ANSWER_WITHIN_SECONDS:
        return getAnswerWithinSeconds();
      case StaffingPackage.STAFFING_PLAN__ASA_TARGET_SECONDS:
        return getAsaTargetSeconds();
      case StaffingPackage.STAFFING_PLAN__ABANDONMENT_TARGET:
        return getAbandonmentTarget();
      case StaffingPackage.STAFFING_PLAN__AHT_SECONDS:
        return getAhtSeconds();
      case StaffingPackage.STAFFING_PLAN__SHRINKAGE:
        return getShrinkage();
      case StaffingPackage.STAFFING_PLAN__UNPLANNED_SHRINKAGE:
        return getUnplannedShrinkage();
      case StaffingPackage.STAFFING_PLAN__OCCUPANCY_CAP:
        return getOccupancyCap();
      case StaffingPackage.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS:
        return getAveragePatienceSeconds();
      case StaffingPackage.STAFFING_PLAN__STAFF_TO:
        return getStaffTo();
      case StaffingPackage.STAFFING_PLAN__CAMPAIGN_CALENDARS:
        return getCampaignCalendars();
      case StaffingPackage.STAFFING_PLAN__INTRADAY_PROFILE:
        return getIntradayProfile();
      case StaffingPackage.STAFFING_PLAN__ROSTER:
        if (resolve) return getRoster();
        return basicGetRoster();
      case StaffingPackage.STAFFING_PLAN__INTERVALS:
        return getIntervals();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @SuppressWarnings("unchecked")
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case StaffingPackage.STAFFING_PLAN__QUEUE:
        setQueue((Queue)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__INTERVAL_MINUTES:
        setIntervalMinutes((Integer)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__START_DATE:
        setStartDate((LocalDate)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__END_DATE:
        setEndDate((LocalDate)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__SERVICE_LEVEL_SHARE:
        setServiceLevelShare((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__ANSWER_WITHIN_SECONDS:
        setAnswerWithinSeconds((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__ASA_TARGET_SECONDS:
        setAsaTargetSeconds((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__ABANDONMENT_TARGET:
        setAbandonmentTarget((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__AHT_SECONDS:
        setAhtSeconds((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__SHRINKAGE:
        setShrinkage((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__UNPLANNED_SHRINKAGE:
        setUnplannedShrinkage((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__OCCUPANCY_CAP:
        setOccupancyCap((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS:
        setAveragePatienceSeconds((Double)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__STAFF_TO:
        setStaffTo((StaffTo)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__CAMPAIGN_CALENDARS:
        getCampaignCalendars().clear();
        getCampaignCalendars().addAll((Collection<? extends CampaignCalendar>)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__INTRADAY_PROFILE:
        getIntradayProfile().clear();
        getIntradayProfile().addAll((Collection<? extends Double>)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__ROSTER:
        setRoster((PlanDocument)newValue);
        return;
      case StaffingPackage.STAFFING_PLAN__INTERVALS:
        getIntervals().clear();
        getIntervals().addAll((Collection<? extends StaffingInterval>)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case StaffingPackage.STAFFING_PLAN__QUEUE:
        setQueue((Queue)null);
        return;
      case StaffingPackage.STAFFING_PLAN__INTERVAL_MINUTES:
        setIntervalMinutes(INTERVAL_MINUTES_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__START_DATE:
        setStartDate(START_DATE_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__END_DATE:
        setEndDate(END_DATE_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__SERVICE_LEVEL_SHARE:
        setServiceLevelShare(SERVICE_LEVEL_SHARE_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__ANSWER_WITHIN_SECONDS:
        setAnswerWithinSeconds(ANSWER_WITHIN_SECONDS_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__ASA_TARGET_SECONDS:
        setAsaTargetSeconds(ASA_TARGET_SECONDS_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__ABANDONMENT_TARGET:
        setAbandonmentTarget(ABANDONMENT_TARGET_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__AHT_SECONDS:
        setAhtSeconds(AHT_SECONDS_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__SHRINKAGE:
        unsetShrinkage();
        return;
      case StaffingPackage.STAFFING_PLAN__UNPLANNED_SHRINKAGE:
        setUnplannedShrinkage(UNPLANNED_SHRINKAGE_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__OCCUPANCY_CAP:
        setOccupancyCap(OCCUPANCY_CAP_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS:
        setAveragePatienceSeconds(AVERAGE_PATIENCE_SECONDS_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__STAFF_TO:
        setStaffTo(STAFF_TO_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_PLAN__CAMPAIGN_CALENDARS:
        getCampaignCalendars().clear();
        return;
      case StaffingPackage.STAFFING_PLAN__INTRADAY_PROFILE:
        getIntradayProfile().clear();
        return;
      case StaffingPackage.STAFFING_PLAN__ROSTER:
        setRoster((PlanDocument)null);
        return;
      case StaffingPackage.STAFFING_PLAN__INTERVALS:
        getIntervals().clear();
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case StaffingPackage.STAFFING_PLAN__QUEUE:
        return queue != null;
      case StaffingPackage.STAFFING_PLAN__INTERVAL_MINUTES:
        return intervalMinutes != INTERVAL_MINUTES_EDEFAULT;
      case StaffingPackage.STAFFING_PLAN__START_DATE:
        return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
      case StaffingPackage.STAFFING_PLAN__END_DATE:
        return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
      case StaffingPackage.STAFFING_PLAN__SERVICE_LEVEL_SHARE:
        return SERVICE_LEVEL_SHARE_EDEFAULT == null ? serviceLevelShare != null : !SERVICE_LEVEL_SHARE_EDEFAULT.equals(serviceLevelShare);
      case StaffingPackage.STAFFING_PLAN__ANSWER_WITHIN_SECONDS:
        return answerWithinSeconds != ANSWER_WITHIN_SECONDS_EDEFAULT;
      case StaffingPackage.STAFFING_PLAN__ASA_TARGET_SECONDS:
        return ASA_TARGET_SECONDS_EDEFAULT == null ? asaTargetSeconds != null : !ASA_TARGET_SECONDS_EDEFAULT.equals(asaTargetSeconds);
      case StaffingPackage.STAFFING_PLAN__ABANDONMENT_TARGET:
        return ABANDONMENT_TARGET_EDEFAULT == null ? abandonmentTarget != null : !ABANDONMENT_TARGET_EDEFAULT.equals(abandonmentTarget);
      case StaffingPackage.STAFFING_PLAN__AHT_SECONDS:
        return ahtSeconds != AHT_SECONDS_EDEFAULT;
      case StaffingPackage.STAFFING_PLAN__SHRINKAGE:
        return isSetShrinkage();
      case StaffingPackage.STAFFING_PLAN__UNPLANNED_SHRINKAGE:
        return unplannedShrinkage != UNPLANNED_SHRINKAGE_EDEFAULT;
      case StaffingPackage.STAFFING_PLAN__OCCUPANCY_CAP:
        return occupancyCap != OCCUPANCY_CAP_EDEFAULT;
      case StaffingPackage.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS:
        return AVERAGE_PATIENCE_SECONDS_EDEFAULT == null ? averagePatienceSeconds != null : !AVERAGE_PATIENCE_SECONDS_EDEFAULT.equals(averagePatienceSeconds);
      case StaffingPackage.STAFFING_PLAN__STAFF_TO:
        return staffTo != STAFF_TO_EDEFAULT;
      case StaffingPackage.STAFFING_PLAN__CAMPAIGN_CALENDARS:
        return campaignCalendars != null && !campaignCalendars.isEmpty();
      case StaffingPackage.STAFFING_PLAN__INTRADAY_PROFILE:
        return intradayProfile != null && !intradayProfile.isEmpty();
      case StaffingPackage.STAFFING_PLAN__ROSTER:
        return roster != null;
      case StaffingPackage.STAFFING_PLAN__INTERVALS:
        return intervals != null && !intervals.isEmpty();
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (intervalMinutes: ");
    result.append(intervalMinutes);
    result.append(", startDate: ");
    result.append(startDate);
    result.append(", endDate: ");
    result.append(endDate);
    result.append(", serviceLevelShare: ");
    result.append(serviceLevelShare);
    result.append(", answerWithinSeconds: ");
    result.append(answerWithinSeconds);
    result.append(", asaTargetSeconds: ");
    result.append(asaTargetSeconds);
    result.append(", abandonmentTarget: ");
    result.append(abandonmentTarget);
    result.append(", ahtSeconds: ");
    result.append(ahtSeconds);
    result.append(", shrinkage: ");
    if (shrinkageESet) result.append(shrinkage); else result.append("<unset>");
    result.append(", unplannedShrinkage: ");
    result.append(unplannedShrinkage);
    result.append(", occupancyCap: ");
    result.append(occupancyCap);
    result.append(", averagePatienceSeconds: ");
    result.append(averagePatienceSeconds);
    result.append(", staffTo: ");
    result.append(staffTo);
    result.append(", intradayProfile: ");
    result.append(intradayProfile);
    result.append(')');
    return result.toString();
  }

} //StaffingPlanImpl
