/**
 */
package tandem.goals.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.campaign.model.Campaign;

import tandem.core.model.Channel;
import tandem.core.model.Queue;

import tandem.core.model.impl.NamedElementImpl;

import tandem.goals.model.Direction;
import tandem.goals.model.Frequency;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalsPackage;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.goals.model.RewardScope;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getCustomMetric <em>Custom Metric</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getBaselineSource <em>Baseline Source</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getQueues <em>Queues</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getServiceDefinition <em>Service Definition</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getMeasurementSource <em>Measurement Source</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getMeasurementFrequency <em>Measurement Frequency</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getReward <em>Reward</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getRewardScope <em>Reward Scope</em>}</li>
 *   <li>{@link tandem.goals.model.impl.GoalImpl#getReadings <em>Readings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalImpl extends NamedElementImpl implements Goal
{
  /**
   * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatement()
   * @generated
   * @ordered
   */
  protected static final String STATEMENT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatement()
   * @generated
   * @ordered
   */
  protected String statement = STATEMENT_EDEFAULT;

  /**
   * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMetric()
   * @generated
   * @ordered
   */
  protected static final Metric METRIC_EDEFAULT = Metric.UNSPECIFIED;

  /**
   * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMetric()
   * @generated
   * @ordered
   */
  protected Metric metric = METRIC_EDEFAULT;

  /**
   * The default value of the '{@link #getCustomMetric() <em>Custom Metric</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCustomMetric()
   * @generated
   * @ordered
   */
  protected static final String CUSTOM_METRIC_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCustomMetric() <em>Custom Metric</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCustomMetric()
   * @generated
   * @ordered
   */
  protected String customMetric = CUSTOM_METRIC_EDEFAULT;

  /**
   * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUnit()
   * @generated
   * @ordered
   */
  protected static final String UNIT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUnit()
   * @generated
   * @ordered
   */
  protected String unit = UNIT_EDEFAULT;

  /**
   * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDirection()
   * @generated
   * @ordered
   */
  protected static final Direction DIRECTION_EDEFAULT = Direction.RAISE;

  /**
   * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDirection()
   * @generated
   * @ordered
   */
  protected Direction direction = DIRECTION_EDEFAULT;

  /**
   * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaseline()
   * @generated
   * @ordered
   */
  protected static final Double BASELINE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaseline()
   * @generated
   * @ordered
   */
  protected Double baseline = BASELINE_EDEFAULT;

  /**
   * The default value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaselineDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate BASELINE_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaselineDate()
   * @generated
   * @ordered
   */
  protected LocalDate baselineDate = BASELINE_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getBaselineSource() <em>Baseline Source</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaselineSource()
   * @generated
   * @ordered
   */
  protected static final String BASELINE_SOURCE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getBaselineSource() <em>Baseline Source</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaselineSource()
   * @generated
   * @ordered
   */
  protected String baselineSource = BASELINE_SOURCE_EDEFAULT;

  /**
   * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTarget()
   * @generated
   * @ordered
   */
  protected static final Double TARGET_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTarget()
   * @generated
   * @ordered
   */
  protected Double target = TARGET_EDEFAULT;

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
   * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDeadline()
   * @generated
   * @ordered
   */
  protected static final LocalDate DEADLINE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDeadline()
   * @generated
   * @ordered
   */
  protected LocalDate deadline = DEADLINE_EDEFAULT;

  /**
   * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected static final String OWNER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected String owner = OWNER_EDEFAULT;

  /**
   * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaigns()
   * @generated
   * @ordered
   */
  protected EList<Campaign> campaigns;

  /**
   * The cached value of the '{@link #getQueues() <em>Queues</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueues()
   * @generated
   * @ordered
   */
  protected EList<Queue> queues;

  /**
   * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChannels()
   * @generated
   * @ordered
   */
  protected EList<Channel> channels;

  /**
   * The default value of the '{@link #getServiceDefinition() <em>Service Definition</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getServiceDefinition()
   * @generated
   * @ordered
   */
  protected static final String SERVICE_DEFINITION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getServiceDefinition() <em>Service Definition</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getServiceDefinition()
   * @generated
   * @ordered
   */
  protected String serviceDefinition = SERVICE_DEFINITION_EDEFAULT;

  /**
   * The default value of the '{@link #getMeasurementSource() <em>Measurement Source</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMeasurementSource()
   * @generated
   * @ordered
   */
  protected static final String MEASUREMENT_SOURCE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getMeasurementSource() <em>Measurement Source</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMeasurementSource()
   * @generated
   * @ordered
   */
  protected String measurementSource = MEASUREMENT_SOURCE_EDEFAULT;

  /**
   * The default value of the '{@link #getMeasurementFrequency() <em>Measurement Frequency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMeasurementFrequency()
   * @generated
   * @ordered
   */
  protected static final Frequency MEASUREMENT_FREQUENCY_EDEFAULT = Frequency.UNSPECIFIED;

  /**
   * The cached value of the '{@link #getMeasurementFrequency() <em>Measurement Frequency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMeasurementFrequency()
   * @generated
   * @ordered
   */
  protected Frequency measurementFrequency = MEASUREMENT_FREQUENCY_EDEFAULT;

  /**
   * The default value of the '{@link #getReward() <em>Reward</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getReward()
   * @generated
   * @ordered
   */
  protected static final String REWARD_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getReward() <em>Reward</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getReward()
   * @generated
   * @ordered
   */
  protected String reward = REWARD_EDEFAULT;

  /**
   * The default value of the '{@link #getRewardScope() <em>Reward Scope</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRewardScope()
   * @generated
   * @ordered
   */
  protected static final RewardScope REWARD_SCOPE_EDEFAULT = RewardScope.NONE;

  /**
   * The cached value of the '{@link #getRewardScope() <em>Reward Scope</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRewardScope()
   * @generated
   * @ordered
   */
  protected RewardScope rewardScope = REWARD_SCOPE_EDEFAULT;

  /**
   * The cached value of the '{@link #getReadings() <em>Readings</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getReadings()
   * @generated
   * @ordered
   */
  protected EList<Reading> readings;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected GoalImpl()
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
    return GoalsPackage.Literals.GOAL;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getStatement()
  {
    return statement;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatement(String newStatement)
  {
    String oldStatement = statement;
    statement = newStatement;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__STATEMENT, oldStatement, statement));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Metric getMetric()
  {
    return metric;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMetric(Metric newMetric)
  {
    Metric oldMetric = metric;
    metric = newMetric == null ? METRIC_EDEFAULT : newMetric;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__METRIC, oldMetric, metric));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCustomMetric()
  {
    return customMetric;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCustomMetric(String newCustomMetric)
  {
    String oldCustomMetric = customMetric;
    customMetric = newCustomMetric;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__CUSTOM_METRIC, oldCustomMetric, customMetric));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getUnit()
  {
    return unit;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setUnit(String newUnit)
  {
    String oldUnit = unit;
    unit = newUnit;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__UNIT, oldUnit, unit));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Direction getDirection()
  {
    return direction;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDirection(Direction newDirection)
  {
    Direction oldDirection = direction;
    direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__DIRECTION, oldDirection, direction));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getBaseline()
  {
    return baseline;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBaseline(Double newBaseline)
  {
    Double oldBaseline = baseline;
    baseline = newBaseline;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__BASELINE, oldBaseline, baseline));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getBaselineDate()
  {
    return baselineDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBaselineDate(LocalDate newBaselineDate)
  {
    LocalDate oldBaselineDate = baselineDate;
    baselineDate = newBaselineDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__BASELINE_DATE, oldBaselineDate, baselineDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getBaselineSource()
  {
    return baselineSource;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBaselineSource(String newBaselineSource)
  {
    String oldBaselineSource = baselineSource;
    baselineSource = newBaselineSource;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__BASELINE_SOURCE, oldBaselineSource, baselineSource));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getTarget()
  {
    return target;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTarget(Double newTarget)
  {
    Double oldTarget = target;
    target = newTarget;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__TARGET, oldTarget, target));
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
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__START_DATE, oldStartDate, startDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDeadline()
  {
    return deadline;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDeadline(LocalDate newDeadline)
  {
    LocalDate oldDeadline = deadline;
    deadline = newDeadline;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__DEADLINE, oldDeadline, deadline));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getOwner()
  {
    return owner;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOwner(String newOwner)
  {
    String oldOwner = owner;
    owner = newOwner;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__OWNER, oldOwner, owner));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Campaign> getCampaigns()
  {
    if (campaigns == null)
    {
      campaigns = new EObjectResolvingEList<Campaign>(Campaign.class, this, GoalsPackage.GOAL__CAMPAIGNS);
    }
    return campaigns;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Queue> getQueues()
  {
    if (queues == null)
    {
      queues = new EObjectResolvingEList<Queue>(Queue.class, this, GoalsPackage.GOAL__QUEUES);
    }
    return queues;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Channel> getChannels()
  {
    if (channels == null)
    {
      channels = new EDataTypeUniqueEList<Channel>(Channel.class, this, GoalsPackage.GOAL__CHANNELS);
    }
    return channels;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getServiceDefinition()
  {
    return serviceDefinition;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setServiceDefinition(String newServiceDefinition)
  {
    String oldServiceDefinition = serviceDefinition;
    serviceDefinition = newServiceDefinition;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__SERVICE_DEFINITION, oldServiceDefinition, serviceDefinition));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getMeasurementSource()
  {
    return measurementSource;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMeasurementSource(String newMeasurementSource)
  {
    String oldMeasurementSource = measurementSource;
    measurementSource = newMeasurementSource;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__MEASUREMENT_SOURCE, oldMeasurementSource, measurementSource));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Frequency getMeasurementFrequency()
  {
    return measurementFrequency;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMeasurementFrequency(Frequency newMeasurementFrequency)
  {
    Frequency oldMeasurementFrequency = measurementFrequency;
    measurementFrequency = newMeasurementFrequency == null ? MEASUREMENT_FREQUENCY_EDEFAULT : newMeasurementFrequency;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__MEASUREMENT_FREQUENCY, oldMeasurementFrequency, measurementFrequency));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getReward()
  {
    return reward;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setReward(String newReward)
  {
    String oldReward = reward;
    reward = newReward;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__REWARD, oldReward, reward));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RewardScope getRewardScope()
  {
    return rewardScope;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRewardScope(RewardScope newRewardScope)
  {
    RewardScope oldRewardScope = rewardScope;
    rewardScope = newRewardScope == null ? REWARD_SCOPE_EDEFAULT : newRewardScope;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, GoalsPackage.GOAL__REWARD_SCOPE, oldRewardScope, rewardScope));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Reading> getReadings()
  {
    if (readings == null)
    {
      readings = new EObjectContainmentEList<Reading>(Reading.class, this, GoalsPackage.GOAL__READINGS);
    }
    return readings;
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
      case GoalsPackage.GOAL__READINGS:
        return ((InternalEList<?>)getReadings()).basicRemove(otherEnd, msgs);
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
      case GoalsPackage.GOAL__STATEMENT:
        return getStatement();
      case GoalsPackage.GOAL__METRIC:
        return getMetric();
      case GoalsPackage.GOAL__CUSTOM_METRIC:
        return getCustomMetric();
      case GoalsPackage.GOAL__UNIT:
        return getUnit();
      case GoalsPackage.GOAL__DIRECTION:
        return getDirection();
      case GoalsPackage.GOAL__BASELINE:
        return getBaseline();
      case GoalsPackage.GOAL__BASELINE_DATE:
        return getBaselineDate();
      case GoalsPackage.GOAL__BASELINE_SOURCE:
        return getBaselineSource();
      case GoalsPackage.GOAL__TARGET:
        return getTarget();
      case GoalsPackage.GOAL__START_DATE:
        return getStartDate();
      case GoalsPackage.GOAL__DEADLINE:
        return getDeadline();
      case GoalsPackage.GOAL__OWNER:
        return getOwner();
      case GoalsPackage.GOAL__CAMPAIGNS:
        return getCampaigns();
      case GoalsPackage.GOAL__QUEUES:
        return getQueues();
      case GoalsPackage.GOAL__CHANNELS:
        return getChannels();
      case GoalsPackage.GOAL__SERVICE_DEFINITION:
        return getServiceDefinition();
      case GoalsPackage.GOAL__MEASUREMENT_SOURCE:
        return getMeasurementSource();
      case GoalsPackage.GOAL__MEASUREMENT_FREQUENCY:
        return getMeasurementFrequency();
      case GoalsPackage.GOAL__REWARD:
        return getReward();
      case GoalsPackage.GOAL__REWARD_SCOPE:
        return getRewardScope();
      case GoalsPackage.GOAL__READINGS:
        return getReadings();
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
      case GoalsPackage.GOAL__STATEMENT:
        setStatement((String)newValue);
        return;
      case GoalsPackage.GOAL__METRIC:
        setMetric((Metric)newValue);
        return;
      case GoalsPackage.GOAL__CUSTOM_METRIC:
        setCustomMetric((String)newValue);
        return;
      case GoalsPackage.GOAL__UNIT:
        setUnit((String)newValue);
        return;
      case GoalsPackage.GOAL__DIRECTION:
        setDirection((Direction)newValue);
        return;
      case GoalsPackage.GOAL__BASELINE:
        setBaseline((Double)newValue);
        return;
      case GoalsPackage.GOAL__BASELINE_DATE:
        setBaselineDate((LocalDate)newValue);
        return;
      case GoalsPackage.GOAL__BASELINE_SOURCE:
        setBaselineSource((String)newValue);
        return;
      case GoalsPackage.GOAL__TARGET:
        setTarget((Double)newValue);
        return;
      case GoalsPackage.GOAL__START_DATE:
        setStartDate((LocalDate)newValue);
        return;
      case GoalsPackage.GOAL__DEADLINE:
        setDeadline((LocalDate)newValue);
        return;
      case GoalsPackage.GOAL__OWNER:
        setOwner((String)newValue);
        return;
      case GoalsPackage.GOAL__CAMPAIGNS:
        getCampaigns().clear();
        getCampaigns().addAll((Collection<? extends Campaign>)newValue);
        return;
      case GoalsPackage.GOAL__QUEUES:
        getQueues().clear();
        getQueues().addAll((Collection<? extends Queue>)newValue);
        return;
      case GoalsPackage.GOAL__CHANNELS:
        getChannels().clear();
        getChannels().addAll((Collection<? extends Channel>)newValue);
        return;
      case GoalsPackage.GOAL__SERVICE_DEFINITION:
        setServiceDefinition((String)newValue);
        return;
      case GoalsPackage.GOAL__MEASUREMENT_SOURCE:
        setMeasurementSource((String)newValue);
        return;
      case GoalsPackage.GOAL__MEASUREMENT_FREQUENCY:
        setMeasurementFrequency((Frequency)newValue);
        return;
      case GoalsPackage.GOAL__REWARD:
        setReward((String)newValue);
        return;
      case GoalsPackage.GOAL__REWARD_SCOPE:
        setRewardScope((RewardScope)newValue);
        return;
      case GoalsPackage.GOAL__READINGS:
        getReadings().clear();
        getReadings().addAll((Collection<? extends Reading>)newValue);
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
      case GoalsPackage.GOAL__STATEMENT:
        setStatement(STATEMENT_EDEFAULT);
        return;
      case GoalsPackage.GOAL__METRIC:
        setMetric(METRIC_EDEFAULT);
        return;
      case GoalsPackage.GOAL__CUSTOM_METRIC:
        setCustomMetric(CUSTOM_METRIC_EDEFAULT);
        return;
      case GoalsPackage.GOAL__UNIT:
        setUnit(UNIT_EDEFAULT);
        return;
      case GoalsPackage.GOAL__DIRECTION:
        setDirection(DIRECTION_EDEFAULT);
        return;
      case GoalsPackage.GOAL__BASELINE:
        setBaseline(BASELINE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__BASELINE_DATE:
        setBaselineDate(BASELINE_DATE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__BASELINE_SOURCE:
        setBaselineSource(BASELINE_SOURCE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__TARGET:
        setTarget(TARGET_EDEFAULT);
        return;
      case GoalsPackage.GOAL__START_DATE:
        setStartDate(START_DATE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__DEADLINE:
        setDeadline(DEADLINE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__OWNER:
        setOwner(OWNER_EDEFAULT);
        return;
      case GoalsPackage.GOAL__CAMPAIGNS:
        getCampaigns().clear();
        return;
      case GoalsPackage.GOAL__QUEUES:
        getQueues().clear();
        return;
      case GoalsPackage.GOAL__CHANNELS:
        getChannels().clear();
        return;
      case GoalsPackage.GOAL__SERVICE_DEFINITION:
        setServiceDefinition(SERVICE_DEFINITION_EDEFAULT);
        return;
      case GoalsPackage.GOAL__MEASUREMENT_SOURCE:
        setMeasurementSource(MEASUREMENT_SOURCE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__MEASUREMENT_FREQUENCY:
        setMeasurementFrequency(MEASUREMENT_FREQUENCY_EDEFAULT);
        return;
      case GoalsPackage.GOAL__REWARD:
        setReward(REWARD_EDEFAULT);
        return;
      case GoalsPackage.GOAL__REWARD_SCOPE:
        setRewardScope(REWARD_SCOPE_EDEFAULT);
        return;
      case GoalsPackage.GOAL__READINGS:
        getReadings().clear();
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
      case GoalsPackage.GOAL__STATEMENT:
        return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
      case GoalsPackage.GOAL__METRIC:
        return metric != METRIC_EDEFAULT;
      case GoalsPackage.GOAL__CUSTOM_METRIC:
        return CUSTOM_METRIC_EDEFAULT == null ? customMetric != null : !CUSTOM_METRIC_EDEFAULT.equals(customMetric);
      case GoalsPackage.GOAL__UNIT:
        return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
      case GoalsPackage.GOAL__DIRECTION:
        return direction != DIRECTION_EDEFAULT;
      case GoalsPackage.GOAL__BASELINE:
        return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
      case GoalsPackage.GOAL__BASELINE_DATE:
        return BASELINE_DATE_EDEFAULT == null ? baselineDate != null : !BASELINE_DATE_EDEFAULT.equals(baselineDate);
      case GoalsPackage.GOAL__BASELINE_SOURCE:
        return BASELINE_SOURCE_EDEFAULT == null ? baselineSource != null : !BASELINE_SOURCE_EDEFAULT.equals(baselineSource);
      case GoalsPackage.GOAL__TARGET:
        return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
      case GoalsPackage.GOAL__START_DATE:
        return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
      case GoalsPackage.GOAL__DEADLINE:
        return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
      case GoalsPackage.GOAL__OWNER:
        return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
      case GoalsPackage.GOAL__CAMPAIGNS:
        return campaigns != null && !campaigns.isEmpty();
      case GoalsPackage.GOAL__QUEUES:
        return queues != null && !queues.isEmpty();
      case GoalsPackage.GOAL__CHANNELS:
        return channels != null && !channels.isEmpty();
      case GoalsPackage.GOAL__SERVICE_DEFINITION:
        return SERVICE_DEFINITION_EDEFAULT == null ? serviceDefinition != null : !SERVICE_DEFINITION_EDEFAULT.equals(serviceDefinition);
      case GoalsPackage.GOAL__MEASUREMENT_SOURCE:
        return MEASUREMENT_SOURCE_EDEFAULT == null ? measurementSource != null : !MEASUREMENT_SOURCE_EDEFAULT.equals(measurementSource);
      case GoalsPackage.GOAL__MEASUREMENT_FREQUENCY:
        return measurementFrequency != MEASUREMENT_FREQUENCY_EDEFAULT;
      case GoalsPackage.GOAL__REWARD:
        return REWARD_EDEFAULT == null ? reward != null : !REWARD_EDEFAULT.equals(reward);
      case GoalsPackage.GOAL__REWARD_SCOPE:
        return rewardScope != REWARD_SCOPE_EDEFAULT;
      case GoalsPackage.GOAL__READINGS:
        return readings != null && !readings.isEmpty();
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
    result.append(" (statement: ");
    result.append(statement);
    result.append(", metric: ");
    result.append(metric);
    result.append(", customMetric: ");
    result.append(customMetric);
    result.append(", unit: ");
    result.append(unit);
    result.append(", direction: ");
    result.append(direction);
    result.append(", baseline: ");
    result.append(baseline);
    result.append(", baselineDate: ");
    result.append(baselineDate);
    result.append(", baselineSource: ");
    result.append(baselineSource);
    result.append(", target: ");
    result.append(target);
    result.append(", startDate: ");
    result.append(startDate);
    result.append(", deadline: ");
    result.append(deadline);
    result.append(", owner: ");
    result.append(owner);
    result.append(", channels: ");
    result.append(channels);
    result.append(", serviceDefinition: ");
    result.append(serviceDefinition);
    result.append(", measurementSource: ");
    result.append(measurementSource);
    result.append(", measurementFrequency: ");
    result.append(measurementFrequency);
    result.append(", reward: ");
    result.append(reward);
    result.append(", rewardScope: ");
    result.append(rewardScope);
    result.append(')');
    return result.toString();
  }

} //GoalImpl
