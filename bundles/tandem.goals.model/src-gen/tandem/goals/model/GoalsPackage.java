/**
 */
package tandem.goals.model;

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
 * SMART customer-service goals: a metric with baseline and target, a deadline, an owner, what the goal serves, and the readings that track it.
 * <!-- end-model-doc -->
 * @see tandem.goals.model.GoalsFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface GoalsPackage extends EPackage
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
  String eNS_URI = "http://tandem.dev/goals/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "goals";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  GoalsPackage eINSTANCE = tandem.goals.model.impl.GoalsPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.goals.model.impl.GoalSetImpl <em>Goal Set</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.impl.GoalSetImpl
   * @see tandem.goals.model.impl.GoalsPackageImpl#getGoalSet()
   * @generated
   */
  int GOAL_SET = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_SET__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_SET__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_SET__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Goals</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_SET__GOALS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The number of structural features of the '<em>Goal Set</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_SET_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The number of operations of the '<em>Goal Set</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_SET_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.goals.model.impl.GoalImpl <em>Goal</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.impl.GoalImpl
   * @see tandem.goals.model.impl.GoalsPackageImpl#getGoal()
   * @generated
   */
  int GOAL = 1;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Statement</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__STATEMENT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Metric</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__METRIC = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Custom Metric</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__CUSTOM_METRIC = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Unit</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__UNIT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Direction</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__DIRECTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Baseline</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__BASELINE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Baseline Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__BASELINE_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Baseline Source</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__BASELINE_SOURCE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Target</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__TARGET = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

  /**
   * The feature id for the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__START_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

  /**
   * The feature id for the '<em><b>Deadline</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__DEADLINE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

  /**
   * The feature id for the '<em><b>Owner</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__OWNER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

  /**
   * The feature id for the '<em><b>Campaigns</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__CAMPAIGNS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 12;

  /**
   * The feature id for the '<em><b>Queues</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__QUEUES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 13;

  /**
   * The feature id for the '<em><b>Channels</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__CHANNELS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 14;

  /**
   * The feature id for the '<em><b>Service Definition</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__SERVICE_DEFINITION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 15;

  /**
   * The feature id for the '<em><b>Measurement Source</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__MEASUREMENT_SOURCE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 16;

  /**
   * The feature id for the '<em><b>Measurement Frequency</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__MEASUREMENT_FREQUENCY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 17;

  /**
   * The feature id for the '<em><b>Reward</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__REWARD = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 18;

  /**
   * The feature id for the '<em><b>Reward Scope</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__REWARD_SCOPE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 19;

  /**
   * The feature id for the '<em><b>Readings</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL__READINGS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 20;

  /**
   * The number of structural features of the '<em>Goal</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 21;

  /**
   * The number of operations of the '<em>Goal</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int GOAL_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.goals.model.impl.ReadingImpl <em>Reading</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.impl.ReadingImpl
   * @see tandem.goals.model.impl.GoalsPackageImpl#getReading()
   * @generated
   */
  int READING = 2;

  /**
   * The feature id for the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int READING__DATE = 0;

  /**
   * The feature id for the '<em><b>Value</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int READING__VALUE = 1;

  /**
   * The number of structural features of the '<em>Reading</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int READING_FEATURE_COUNT = 2;

  /**
   * The number of operations of the '<em>Reading</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int READING_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.goals.model.Metric <em>Metric</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.Metric
   * @see tandem.goals.model.impl.GoalsPackageImpl#getMetric()
   * @generated
   */
  int METRIC = 3;

  /**
   * The meta object id for the '{@link tandem.goals.model.Direction <em>Direction</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.Direction
   * @see tandem.goals.model.impl.GoalsPackageImpl#getDirection()
   * @generated
   */
  int DIRECTION = 4;

  /**
   * The meta object id for the '{@link tandem.goals.model.Frequency <em>Frequency</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.Frequency
   * @see tandem.goals.model.impl.GoalsPackageImpl#getFrequency()
   * @generated
   */
  int FREQUENCY = 5;

  /**
   * The meta object id for the '{@link tandem.goals.model.RewardScope <em>Reward Scope</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.goals.model.RewardScope
   * @see tandem.goals.model.impl.GoalsPackageImpl#getRewardScope()
   * @generated
   */
  int REWARD_SCOPE = 6;


  /**
   * Returns the meta object for class '{@link tandem.goals.model.GoalSet <em>Goal Set</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Goal Set</em>'.
   * @see tandem.goals.model.GoalSet
   * @generated
   */
  EClass getGoalSet();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.goals.model.GoalSet#getGoals <em>Goals</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Goals</em>'.
   * @see tandem.goals.model.GoalSet#getGoals()
   * @see #getGoalSet()
   * @generated
   */
  EReference getGoalSet_Goals();

  /**
   * Returns the meta object for class '{@link tandem.goals.model.Goal <em>Goal</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Goal</em>'.
   * @see tandem.goals.model.Goal
   * @generated
   */
  EClass getGoal();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getStatement <em>Statement</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Statement</em>'.
   * @see tandem.goals.model.Goal#getStatement()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Statement();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getMetric <em>Metric</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Metric</em>'.
   * @see tandem.goals.model.Goal#getMetric()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Metric();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getCustomMetric <em>Custom Metric</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Custom Metric</em>'.
   * @see tandem.goals.model.Goal#getCustomMetric()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_CustomMetric();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getUnit <em>Unit</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Unit</em>'.
   * @see tandem.goals.model.Goal#getUnit()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Unit();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getDirection <em>Direction</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Direction</em>'.
   * @see tandem.goals.model.Goal#getDirection()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Direction();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getBaseline <em>Baseline</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Baseline</em>'.
   * @see tandem.goals.model.Goal#getBaseline()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Baseline();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getBaselineDate <em>Baseline Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Baseline Date</em>'.
   * @see tandem.goals.model.Goal#getBaselineDate()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_BaselineDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getBaselineSource <em>Baseline Source</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Baseline Source</em>'.
   * @see tandem.goals.model.Goal#getBaselineSource()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_BaselineSource();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getTarget <em>Target</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Target</em>'.
   * @see tandem.goals.model.Goal#getTarget()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Target();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getStartDate <em>Start Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start Date</em>'.
   * @see tandem.goals.model.Goal#getStartDate()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_StartDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getDeadline <em>Deadline</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Deadline</em>'.
   * @see tandem.goals.model.Goal#getDeadline()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Deadline();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getOwner <em>Owner</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Owner</em>'.
   * @see tandem.goals.model.Goal#getOwner()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Owner();

  /**
   * Returns the meta object for the reference list '{@link tandem.goals.model.Goal#getCampaigns <em>Campaigns</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Campaigns</em>'.
   * @see tandem.goals.model.Goal#getCampaigns()
   * @see #getGoal()
   * @generated
   */
  EReference getGoal_Campaigns();

  /**
   * Returns the meta object for the reference list '{@link tandem.goals.model.Goal#getQueues <em>Queues</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Queues</em>'.
   * @see tandem.goals.model.Goal#getQueues()
   * @see #getGoal()
   * @generated
   */
  EReference getGoal_Queues();

  /**
   * Returns the meta object for the attribute list '{@link tandem.goals.model.Goal#getChannels <em>Channels</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Channels</em>'.
   * @see tandem.goals.model.Goal#getChannels()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Channels();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getServiceDefinition <em>Service Definition</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Service Definition</em>'.
   * @see tandem.goals.model.Goal#getServiceDefinition()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_ServiceDefinition();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getMeasurementSource <em>Measurement Source</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Measurement Source</em>'.
   * @see tandem.goals.model.Goal#getMeasurementSource()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_MeasurementSource();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getMeasurementFrequency <em>Measurement Frequency</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Measurement Frequency</em>'.
   * @see tandem.goals.model.Goal#getMeasurementFrequency()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_MeasurementFrequency();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getReward <em>Reward</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Reward</em>'.
   * @see tandem.goals.model.Goal#getReward()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_Reward();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Goal#getRewardScope <em>Reward Scope</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Reward Scope</em>'.
   * @see tandem.goals.model.Goal#getRewardScope()
   * @see #getGoal()
   * @generated
   */
  EAttribute getGoal_RewardScope();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.goals.model.Goal#getReadings <em>Readings</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Readings</em>'.
   * @see tandem.goals.model.Goal#getReadings()
   * @see #getGoal()
   * @generated
   */
  EReference getGoal_Readings();

  /**
   * Returns the meta object for class '{@link tandem.goals.model.Reading <em>Reading</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Reading</em>'.
   * @see tandem.goals.model.Reading
   * @generated
   */
  EClass getReading();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Reading#getDate <em>Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Date</em>'.
   * @see tandem.goals.model.Reading#getDate()
   * @see #getReading()
   * @generated
   */
  EAttribute getReading_Date();

  /**
   * Returns the meta object for the attribute '{@link tandem.goals.model.Reading#getValue <em>Value</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Value</em>'.
   * @see tandem.goals.model.Reading#getValue()
   * @see #getReading()
   * @generated
   */
  EAttribute getReading_Value();

  /**
   * Returns the meta object for enum '{@link tandem.goals.model.Metric <em>Metric</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Metric</em>'.
   * @see tandem.goals.model.Metric
   * @generated
   */
  EEnum getMetric();

  /**
   * Returns the meta object for enum '{@link tandem.goals.model.Direction <em>Direction</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Direction</em>'.
   * @see tandem.goals.model.Direction
   * @generated
   */
  EEnum getDirection();

  /**
   * Returns the meta object for enum '{@link tandem.goals.model.Frequency <em>Frequency</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Frequency</em>'.
   * @see tandem.goals.model.Frequency
   * @generated
   */
  EEnum getFrequency();

  /**
   * Returns the meta object for enum '{@link tandem.goals.model.RewardScope <em>Reward Scope</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Reward Scope</em>'.
   * @see tandem.goals.model.RewardScope
   * @generated
   */
  EEnum getRewardScope();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  GoalsFactory getGoalsFactory();

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
     * The meta object literal for the '{@link tandem.goals.model.impl.GoalSetImpl <em>Goal Set</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.impl.GoalSetImpl
     * @see tandem.goals.model.impl.GoalsPackageImpl#getGoalSet()
     * @generated
     */
    EClass GOAL_SET = eINSTANCE.getGoalSet();

    /**
     * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference GOAL_SET__GOALS = eINSTANCE.getGoalSet_Goals();

    /**
     * The meta object literal for the '{@link tandem.goals.model.impl.GoalImpl <em>Goal</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.impl.GoalImpl
     * @see tandem.goals.model.impl.GoalsPackageImpl#getGoal()
     * @generated
     */
    EClass GOAL = eINSTANCE.getGoal();

    /**
     * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__STATEMENT = eINSTANCE.getGoal_Statement();

    /**
     * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__METRIC = eINSTANCE.getGoal_Metric();

    /**
     * The meta object literal for the '<em><b>Custom Metric</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__CUSTOM_METRIC = eINSTANCE.getGoal_CustomMetric();

    /**
     * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__UNIT = eINSTANCE.getGoal_Unit();

    /**
     * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__DIRECTION = eINSTANCE.getGoal_Direction();

    /**
     * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__BASELINE = eINSTANCE.getGoal_Baseline();

    /**
     * The meta object literal for the '<em><b>Baseline Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__BASELINE_DATE = eINSTANCE.getGoal_BaselineDate();

    /**
     * The meta object literal for the '<em><b>Baseline Source</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__BASELINE_SOURCE = eINSTANCE.getGoal_BaselineSource();

    /**
     * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__TARGET = eINSTANCE.getGoal_Target();

    /**
     * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__START_DATE = eINSTANCE.getGoal_StartDate();

    /**
     * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__DEADLINE = eINSTANCE.getGoal_Deadline();

    /**
     * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__OWNER = eINSTANCE.getGoal_Owner();

    /**
     * The meta object literal for the '<em><b>Campaigns</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference GOAL__CAMPAIGNS = eINSTANCE.getGoal_Campaigns();

    /**
     * The meta object literal for the '<em><b>Queues</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference GOAL__QUEUES = eINSTANCE.getGoal_Queues();

    /**
     * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__CHANNELS = eINSTANCE.getGoal_Channels();

    /**
     * The meta object literal for the '<em><b>Service Definition</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__SERVICE_DEFINITION = eINSTANCE.getGoal_ServiceDefinition();

    /**
     * The meta object literal for the '<em><b>Measurement Source</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__MEASUREMENT_SOURCE = eINSTANCE.getGoal_MeasurementSource();

    /**
     * The meta object literal for the '<em><b>Measurement Frequency</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__MEASUREMENT_FREQUENCY = eINSTANCE.getGoal_MeasurementFrequency();

    /**
     * The meta object literal for the '<em><b>Reward</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__REWARD = eINSTANCE.getGoal_Reward();

    /**
     * The meta object literal for the '<em><b>Reward Scope</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute GOAL__REWARD_SCOPE = eINSTANCE.getGoal_RewardScope();

    /**
     * The meta object literal for the '<em><b>Readings</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference GOAL__READINGS = eINSTANCE.getGoal_Readings();

    /**
     * The meta object literal for the '{@link tandem.goals.model.impl.ReadingImpl <em>Reading</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.impl.ReadingImpl
     * @see tandem.goals.model.impl.GoalsPackageImpl#getReading()
     * @generated
     */
    EClass READING = eINSTANCE.getReading();

    /**
     * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute READING__DATE = eINSTANCE.getReading_Date();

    /**
     * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute READING__VALUE = eINSTANCE.getReading_Value();

    /**
     * The meta object literal for the '{@link tandem.goals.model.Metric <em>Metric</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.Metric
     * @see tandem.goals.model.impl.GoalsPackageImpl#getMetric()
     * @generated
     */
    EEnum METRIC = eINSTANCE.getMetric();

    /**
     * The meta object literal for the '{@link tandem.goals.model.Direction <em>Direction</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.Direction
     * @see tandem.goals.model.impl.GoalsPackageImpl#getDirection()
     * @generated
     */
    EEnum DIRECTION = eINSTANCE.getDirection();

    /**
     * The meta object literal for the '{@link tandem.goals.model.Frequency <em>Frequency</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.Frequency
     * @see tandem.goals.model.impl.GoalsPackageImpl#getFrequency()
     * @generated
     */
    EEnum FREQUENCY = eINSTANCE.getFrequency();

    /**
     * The meta object literal for the '{@link tandem.goals.model.RewardScope <em>Reward Scope</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.goals.model.RewardScope
     * @see tandem.goals.model.impl.GoalsPackageImpl#getRewardScope()
     * @generated
     */
    EEnum REWARD_SCOPE = eINSTANCE.getRewardScope();

  }

} //GoalsPackage
