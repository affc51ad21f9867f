/**
 */
package tandem.goals.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import tandem.campaign.model.Campaign;

import tandem.core.model.Channel;
import tandem.core.model.NamedElement;
import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One service goal that a team tracks, and that marketing and service can share.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.goals.model.Goal#getStatement <em>Statement</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getMetric <em>Metric</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getCustomMetric <em>Custom Metric</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getUnit <em>Unit</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getDirection <em>Direction</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getBaselineSource <em>Baseline Source</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getTarget <em>Target</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getOwner <em>Owner</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getQueues <em>Queues</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getChannels <em>Channels</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getServiceDefinition <em>Service Definition</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getMeasurementSource <em>Measurement Source</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getMeasurementFrequency <em>Measurement Frequency</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getReward <em>Reward</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getRewardScope <em>Reward Scope</em>}</li>
 *   <li>{@link tandem.goals.model.Goal#getReadings <em>Readings</em>}</li>
 * </ul>
 *
 * @see tandem.goals.model.GoalsPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Statement</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The goal in one sentence, e.g. raise first contact resolution on billing calls from 70% to 80% by 30 June.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Statement</em>' attribute.
   * @see #setStatement(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_Statement()
   * @model
   * @generated
   */
  String getStatement();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getStatement <em>Statement</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Statement</em>' attribute.
   * @see #getStatement()
   * @generated
   */
  void setStatement(String value);

  /**
   * Returns the value of the '<em><b>Metric</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.goals.model.Metric}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Metric</em>' attribute.
   * @see tandem.goals.model.Metric
   * @see #setMetric(Metric)
   * @see tandem.goals.model.GoalsPackage#getGoal_Metric()
   * @model
   * @generated
   */
  Metric getMetric();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getMetric <em>Metric</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Metric</em>' attribute.
   * @see tandem.goals.model.Metric
   * @see #getMetric()
   * @generated
   */
  void setMetric(Metric value);

  /**
   * Returns the value of the '<em><b>Custom Metric</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The name of the metric when it is none of the standard ones (metric = custom).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Custom Metric</em>' attribute.
   * @see #setCustomMetric(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_CustomMetric()
   * @model
   * @generated
   */
  String getCustomMetric();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getCustomMetric <em>Custom Metric</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Custom Metric</em>' attribute.
   * @see #getCustomMetric()
   * @generated
   */
  void setCustomMetric(String value);

  /**
   * Returns the value of the '<em><b>Unit</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Unit</em>' attribute.
   * @see #setUnit(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_Unit()
   * @model
   * @generated
   */
  String getUnit();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getUnit <em>Unit</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Unit</em>' attribute.
   * @see #getUnit()
   * @generated
   */
  void setUnit(String value);

  /**
   * Returns the value of the '<em><b>Direction</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.goals.model.Direction}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Direction</em>' attribute.
   * @see tandem.goals.model.Direction
   * @see #setDirection(Direction)
   * @see tandem.goals.model.GoalsPackage#getGoal_Direction()
   * @model
   * @generated
   */
  Direction getDirection();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getDirection <em>Direction</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Direction</em>' attribute.
   * @see tandem.goals.model.Direction
   * @see #getDirection()
   * @generated
   */
  void setDirection(Direction value);

  /**
   * Returns the value of the '<em><b>Baseline</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Baseline</em>' attribute.
   * @see #setBaseline(Double)
   * @see tandem.goals.model.GoalsPackage#getGoal_Baseline()
   * @model
   * @generated
   */
  Double getBaseline();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getBaseline <em>Baseline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Baseline</em>' attribute.
   * @see #getBaseline()
   * @generated
   */
  void setBaseline(Double value);

  /**
   * Returns the value of the '<em><b>Baseline Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Baseline Date</em>' attribute.
   * @see #setBaselineDate(LocalDate)
   * @see tandem.goals.model.GoalsPackage#getGoal_BaselineDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getBaselineDate();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getBaselineDate <em>Baseline Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Baseline Date</em>' attribute.
   * @see #getBaselineDate()
   * @generated
   */
  void setBaselineDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Baseline Source</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Baseline Source</em>' attribute.
   * @see #setBaselineSource(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_BaselineSource()
   * @model
   * @generated
   */
  String getBaselineSource();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getBaselineSource <em>Baseline Source</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Baseline Source</em>' attribute.
   * @see #getBaselineSource()
   * @generated
   */
  void setBaselineSource(String value);

  /**
   * Returns the value of the '<em><b>Target</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target</em>' attribute.
   * @see #setTarget(Double)
   * @see tandem.goals.model.GoalsPackage#getGoal_Target()
   * @model
   * @generated
   */
  Double getTarget();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getTarget <em>Target</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target</em>' attribute.
   * @see #getTarget()
   * @generated
   */
  void setTarget(Double value);

  /**
   * Returns the value of the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start Date</em>' attribute.
   * @see #setStartDate(LocalDate)
   * @see tandem.goals.model.GoalsPackage#getGoal_StartDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getStartDate();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getStartDate <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start Date</em>' attribute.
   * @see #getStartDate()
   * @generated
   */
  void setStartDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Deadline</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Deadline</em>' attribute.
   * @see #setDeadline(LocalDate)
   * @see tandem.goals.model.GoalsPackage#getGoal_Deadline()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getDeadline();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getDeadline <em>Deadline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Deadline</em>' attribute.
   * @see #getDeadline()
   * @generated
   */
  void setDeadline(LocalDate value);

  /**
   * Returns the value of the '<em><b>Owner</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Owner</em>' attribute.
   * @see #setOwner(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_Owner()
   * @model
   * @generated
   */
  String getOwner();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getOwner <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Owner</em>' attribute.
   * @see #getOwner()
   * @generated
   */
  void setOwner(String value);

  /**
   * Returns the value of the '<em><b>Campaigns</b></em>' reference list.
   * The list contents are of type {@link tandem.campaign.model.Campaign}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The campaigns the goal is relevant to; marketing and service share it through them.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Campaigns</em>' reference list.
   * @see tandem.goals.model.GoalsPackage#getGoal_Campaigns()
   * @model
   * @generated
   */
  EList<Campaign> getCampaigns();

  /**
   * Returns the value of the '<em><b>Queues</b></em>' reference list.
   * The list contents are of type {@link tandem.core.model.Queue}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queues</em>' reference list.
   * @see tandem.goals.model.GoalsPackage#getGoal_Queues()
   * @model
   * @generated
   */
  EList<Queue> getQueues();

  /**
   * Returns the value of the '<em><b>Channels</b></em>' attribute list.
   * The list contents are of type {@link tandem.core.model.Channel}.
   * The literals are from the enumeration {@link tandem.core.model.Channel}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Channels</em>' attribute list.
   * @see tandem.core.model.Channel
   * @see tandem.goals.model.GoalsPackage#getGoal_Channels()
   * @model
   * @generated
   */
  EList<Channel> getChannels();

  /**
   * Returns the value of the '<em><b>Service Definition</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What good service means here, in the customer's words; the goal serves it.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Service Definition</em>' attribute.
   * @see #setServiceDefinition(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_ServiceDefinition()
   * @model
   * @generated
   */
  String getServiceDefinition();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getServiceDefinition <em>Service Definition</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Service Definition</em>' attribute.
   * @see #getServiceDefinition()
   * @generated
   */
  void setServiceDefinition(String value);

  /**
   * Returns the value of the '<em><b>Measurement Source</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Where the readings come from (the ACD report, the post-call survey).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Measurement Source</em>' attribute.
   * @see #setMeasurementSource(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_MeasurementSource()
   * @model
   * @generated
   */
  String getMeasurementSource();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getMeasurementSource <em>Measurement Source</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Measurement Source</em>' attribute.
   * @see #getMeasurementSource()
   * @generated
   */
  void setMeasurementSource(String value);

  /**
   * Returns the value of the '<em><b>Measurement Frequency</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.goals.model.Frequency}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Measurement Frequency</em>' attribute.
   * @see tandem.goals.model.Frequency
   * @see #setMeasurementFrequency(Frequency)
   * @see tandem.goals.model.GoalsPackage#getGoal_MeasurementFrequency()
   * @model
   * @generated
   */
  Frequency getMeasurementFrequency();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getMeasurementFrequency <em>Measurement Frequency</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Measurement Frequency</em>' attribute.
   * @see tandem.goals.model.Frequency
   * @see #getMeasurementFrequency()
   * @generated
   */
  void setMeasurementFrequency(Frequency value);

  /**
   * Returns the value of the '<em><b>Reward</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The reward or incentive for reaching the goal.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Reward</em>' attribute.
   * @see #setReward(String)
   * @see tandem.goals.model.GoalsPackage#getGoal_Reward()
   * @model
   * @generated
   */
  String getReward();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getReward <em>Reward</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Reward</em>' attribute.
   * @see #getReward()
   * @generated
   */
  void setReward(String value);

  /**
   * Returns the value of the '<em><b>Reward Scope</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.goals.model.RewardScope}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Reward Scope</em>' attribute.
   * @see tandem.goals.model.RewardScope
   * @see #setRewardScope(RewardScope)
   * @see tandem.goals.model.GoalsPackage#getGoal_RewardScope()
   * @model
   * @generated
   */
  RewardScope getRewardScope();

  /**
   * Sets the value of the '{@link tandem.goals.model.Goal#getRewardScope <em>Reward Scope</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Reward Scope</em>' attribute.
   * @see tandem.goals.model.RewardScope
   * @see #getRewardScope()
   * @generated
   */
  void setRewardScope(RewardScope value);

  /**
   * Returns the value of the '<em><b>Readings</b></em>' containment reference list.
   * The list contents are of type {@link tandem.goals.model.Reading}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Readings</em>' containment reference list.
   * @see tandem.goals.model.GoalsPackage#getGoal_Readings()
   * @model containment="true"
   * @generated
   */
  EList<Reading> getReadings();

} // Goal
