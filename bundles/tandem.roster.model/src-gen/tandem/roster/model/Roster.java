/**
 */
package tandem.roster.model;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.PlanDocument;

import tandem.training.model.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.Roster#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.Roster#getRules <em>Rules</em>}</li>
 *   <li>{@link tandem.roster.model.Roster#getAgents <em>Agents</em>}</li>
 *   <li>{@link tandem.roster.model.Roster#getShiftTemplates <em>Shift Templates</em>}</li>
 *   <li>{@link tandem.roster.model.Roster#getTrainingPlans <em>Training Plans</em>}</li>
 *   <li>{@link tandem.roster.model.Roster#getShifts <em>Shifts</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getRoster()
 * @model
 * @generated
 */
public interface Roster extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Interval Minutes</b></em>' attribute.
   * The default value is <code>"15"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The length of the intervals coverage is counted in (15, 30 or 60 minutes).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Interval Minutes</em>' attribute.
   * @see #setIntervalMinutes(int)
   * @see tandem.roster.model.RosterPackage#getRoster_IntervalMinutes()
   * @model default="15"
   * @generated
   */
  int getIntervalMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.Roster#getIntervalMinutes <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Interval Minutes</em>' attribute.
   * @see #getIntervalMinutes()
   * @generated
   */
  void setIntervalMinutes(int value);

  /**
   * Returns the value of the '<em><b>Rules</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Rules</em>' containment reference.
   * @see #setRules(RosterRules)
   * @see tandem.roster.model.RosterPackage#getRoster_Rules()
   * @model containment="true"
   * @generated
   */
  RosterRules getRules();

  /**
   * Sets the value of the '{@link tandem.roster.model.Roster#getRules <em>Rules</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Rules</em>' containment reference.
   * @see #getRules()
   * @generated
   */
  void setRules(RosterRules value);

  /**
   * Returns the value of the '<em><b>Agents</b></em>' containment reference list.
   * The list contents are of type {@link tandem.roster.model.Agent}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Agents</em>' containment reference list.
   * @see tandem.roster.model.RosterPackage#getRoster_Agents()
   * @model containment="true"
   * @generated
   */
  EList<Agent> getAgents();

  /**
   * Returns the value of the '<em><b>Shift Templates</b></em>' containment reference list.
   * The list contents are of type {@link tandem.roster.model.ShiftTemplate}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Shift Templates</em>' containment reference list.
   * @see tandem.roster.model.RosterPackage#getRoster_ShiftTemplates()
   * @model containment="true"
   * @generated
   */
  EList<ShiftTemplate> getShiftTemplates();

  /**
   * Returns the value of the '<em><b>Training Plans</b></em>' reference list.
   * The list contents are of type {@link tandem.training.model.TrainingPlan}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Training plans whose sessions take the agents of their audiences off the phones.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Training Plans</em>' reference list.
   * @see tandem.roster.model.RosterPackage#getRoster_TrainingPlans()
   * @model
   * @generated
   */
  EList<TrainingPlan> getTrainingPlans();

  /**
   * Returns the value of the '<em><b>Shifts</b></em>' containment reference list.
   * The list contents are of type {@link tandem.roster.model.Shift}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The schedule: at most one shift per agent and day.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Shifts</em>' containment reference list.
   * @see tandem.roster.model.RosterPackage#getRoster_Shifts()
   * @model containment="true"
   * @generated
   */
  EList<Shift> getShifts();

} // Roster
