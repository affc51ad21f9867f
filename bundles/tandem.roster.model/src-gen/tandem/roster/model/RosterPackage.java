/**
 */
package tandem.roster.model;

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
 * A roster: the agents, the shift templates and rules they work by, and the schedule (one shift per agent and day, with its breaks and activities). Heads per interval are derived from the shifts, never stored per interval.
 * <!-- end-model-doc -->
 * @see tandem.roster.model.RosterFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface RosterPackage extends EPackage
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
  String eNS_URI = "http://tandem.dev/roster/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "roster";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  RosterPackage eINSTANCE = tandem.roster.model.impl.RosterPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.RosterImpl <em>Roster</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.RosterImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getRoster()
   * @generated
   */
  int ROSTER = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Interval Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__INTERVAL_MINUTES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Rules</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__RULES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Agents</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__AGENTS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Shift Templates</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__SHIFT_TEMPLATES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Training Plans</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__TRAINING_PLANS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Shifts</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER__SHIFTS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Roster</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Roster</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.RosterRulesImpl <em>Rules</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.RosterRulesImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getRosterRules()
   * @generated
   */
  int ROSTER_RULES = 1;

  /**
   * The feature id for the '<em><b>Min Rest Hours</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER_RULES__MIN_REST_HOURS = 0;

  /**
   * The feature id for the '<em><b>Max Consecutive Days</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER_RULES__MAX_CONSECUTIVE_DAYS = 1;

  /**
   * The number of structural features of the '<em>Rules</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER_RULES_FEATURE_COUNT = 2;

  /**
   * The number of operations of the '<em>Rules</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROSTER_RULES_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.AgentImpl <em>Agent</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.AgentImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getAgent()
   * @generated
   */
  int AGENT = 2;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__TEAM = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Skills</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__SKILLS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Min Hours Per Week</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__MIN_HOURS_PER_WEEK = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Max Hours Per Week</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__MAX_HOURS_PER_WEEK = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Max Days Per Week</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__MAX_DAYS_PER_WEEK = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Earliest Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__EARLIEST_START = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Latest End</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__LATEST_END = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Unavailable Days</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__UNAVAILABLE_DAYS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Preferred Days Off</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT__PREFERRED_DAYS_OFF = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

  /**
   * The number of structural features of the '<em>Agent</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

  /**
   * The number of operations of the '<em>Agent</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AGENT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.SkillImpl <em>Skill</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.SkillImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getSkill()
   * @generated
   */
  int SKILL = 3;

  /**
   * The feature id for the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SKILL__QUEUE = 0;

  /**
   * The feature id for the '<em><b>Priority</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SKILL__PRIORITY = 1;

  /**
   * The number of structural features of the '<em>Skill</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SKILL_FEATURE_COUNT = 2;

  /**
   * The number of operations of the '<em>Skill</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SKILL_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.ShiftTemplateImpl <em>Shift Template</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.ShiftTemplateImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getShiftTemplate()
   * @generated
   */
  int SHIFT_TEMPLATE = 4;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Earliest Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__EARLIEST_START = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Latest Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__LATEST_START = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Start Step Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__START_STEP_MINUTES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Lengths Minutes</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__LENGTHS_MINUTES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Days</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__DAYS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Breaks</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE__BREAKS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Shift Template</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Shift Template</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_TEMPLATE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.BreakRuleImpl <em>Break Rule</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.BreakRuleImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getBreakRule()
   * @generated
   */
  int BREAK_RULE = 5;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE__KIND = 0;

  /**
   * The feature id for the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE__LENGTH_MINUTES = 1;

  /**
   * The feature id for the '<em><b>Earliest After Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE__EARLIEST_AFTER_MINUTES = 2;

  /**
   * The feature id for the '<em><b>Latest After Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE__LATEST_AFTER_MINUTES = 3;

  /**
   * The feature id for the '<em><b>Paid</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE__PAID = 4;

  /**
   * The number of structural features of the '<em>Break Rule</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE_FEATURE_COUNT = 5;

  /**
   * The number of operations of the '<em>Break Rule</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int BREAK_RULE_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.ShiftImpl <em>Shift</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.ShiftImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getShift()
   * @generated
   */
  int SHIFT = 6;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__ID = CorePackage.IDENTIFIED__ID;

  /**
   * The feature id for the '<em><b>Agent</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__AGENT = CorePackage.IDENTIFIED_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__START = CorePackage.IDENTIFIED_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__LENGTH_MINUTES = CorePackage.IDENTIFIED_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__QUEUE = CorePackage.IDENTIFIED_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Template</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__TEMPLATE = CorePackage.IDENTIFIED_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Pinned</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__PINNED = CorePackage.IDENTIFIED_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Activities</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT__ACTIVITIES = CorePackage.IDENTIFIED_FEATURE_COUNT + 6;

  /**
   * The number of structural features of the '<em>Shift</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_FEATURE_COUNT = CorePackage.IDENTIFIED_FEATURE_COUNT + 7;

  /**
   * The number of operations of the '<em>Shift</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SHIFT_OPERATION_COUNT = CorePackage.IDENTIFIED_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.impl.ActivityImpl <em>Activity</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.impl.ActivityImpl
   * @see tandem.roster.model.impl.RosterPackageImpl#getActivity()
   * @generated
   */
  int ACTIVITY = 7;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACTIVITY__KIND = 0;

  /**
   * The feature id for the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACTIVITY__START = 1;

  /**
   * The feature id for the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACTIVITY__LENGTH_MINUTES = 2;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACTIVITY__NAME = 3;

  /**
   * The number of structural features of the '<em>Activity</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACTIVITY_FEATURE_COUNT = 4;

  /**
   * The number of operations of the '<em>Activity</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ACTIVITY_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.roster.model.ActivityKind <em>Activity Kind</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.roster.model.ActivityKind
   * @see tandem.roster.model.impl.RosterPackageImpl#getActivityKind()
   * @generated
   */
  int ACTIVITY_KIND = 8;


  /**
   * Returns the meta object for class '{@link tandem.roster.model.Roster <em>Roster</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Roster</em>'.
   * @see tandem.roster.model.Roster
   * @generated
   */
  EClass getRoster();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Roster#getIntervalMinutes <em>Interval Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Interval Minutes</em>'.
   * @see tandem.roster.model.Roster#getIntervalMinutes()
   * @see #getRoster()
   * @generated
   */
  EAttribute getRoster_IntervalMinutes();

  /**
   * Returns the meta object for the containment reference '{@link tandem.roster.model.Roster#getRules <em>Rules</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference '<em>Rules</em>'.
   * @see tandem.roster.model.Roster#getRules()
   * @see #getRoster()
   * @generated
   */
  EReference getRoster_Rules();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.roster.model.Roster#getAgents <em>Agents</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Agents</em>'.
   * @see tandem.roster.model.Roster#getAgents()
   * @see #getRoster()
   * @generated
   */
  EReference getRoster_Agents();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.roster.model.Roster#getShiftTemplates <em>Shift Templates</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Shift Templates</em>'.
   * @see tandem.roster.model.Roster#getShiftTemplates()
   * @see #getRoster()
   * @generated
   */
  EReference getRoster_ShiftTemplates();

  /**
   * Returns the meta object for the reference list '{@link tandem.roster.model.Roster#getTrainingPlans <em>Training Plans</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Training Plans</em>'.
   * @see tandem.roster.model.Roster#getTrainingPlans()
   * @see #getRoster()
   * @generated
   */
  EReference getRoster_TrainingPlans();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.roster.model.Roster#getShifts <em>Shifts</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Shifts</em>'.
   * @see tandem.roster.model.Roster#getShifts()
   * @see #getRoster()
   * @generated
   */
  EReference getRoster_Shifts();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.RosterRules <em>Rules</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Rules</em>'.
   * @see tandem.roster.model.RosterRules
   * @generated
   */
  EClass getRosterRules();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.RosterRules#getMinRestHours <em>Min Rest Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Min Rest Hours</em>'.
   * @see tandem.roster.model.RosterRules#getMinRestHours()
   * @see #getRosterRules()
   * @generated
   */
  EAttribute getRosterRules_MinRestHours();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.RosterRules#getMaxConsecutiveDays <em>Max Consecutive Days</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Max Consecutive Days</em>'.
   * @see tandem.roster.model.RosterRules#getMaxConsecutiveDays()
   * @see #getRosterRules()
   * @generated
   */
  EAttribute getRosterRules_MaxConsecutiveDays();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.Agent <em>Agent</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Agent</em>'.
   * @see tandem.roster.model.Agent
   * @generated
   */
  EClass getAgent();

  /**
   * Returns the meta object for the reference '{@link tandem.roster.model.Agent#getTeam <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Team</em>'.
   * @see tandem.roster.model.Agent#getTeam()
   * @see #getAgent()
   * @generated
   */
  EReference getAgent_Team();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.roster.model.Agent#getSkills <em>Skills</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Skills</em>'.
   * @see tandem.roster.model.Agent#getSkills()
   * @see #getAgent()
   * @generated
   */
  EReference getAgent_Skills();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Agent#getMinHoursPerWeek <em>Min Hours Per Week</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Min Hours Per Week</em>'.
   * @see tandem.roster.model.Agent#getMinHoursPerWeek()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_MinHoursPerWeek();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Agent#getMaxHoursPerWeek <em>Max Hours Per Week</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Max Hours Per Week</em>'.
   * @see tandem.roster.model.Agent#getMaxHoursPerWeek()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_MaxHoursPerWeek();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Agent#getMaxDaysPerWeek <em>Max Days Per Week</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Max Days Per Week</em>'.
   * @see tandem.roster.model.Agent#getMaxDaysPerWeek()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_MaxDaysPerWeek();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Agent#getEarliestStart <em>Earliest Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Earliest Start</em>'.
   * @see tandem.roster.model.Agent#getEarliestStart()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_EarliestStart();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Agent#getLatestEnd <em>Latest End</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Latest End</em>'.
   * @see tandem.roster.model.Agent#getLatestEnd()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_LatestEnd();

  /**
   * Returns the meta object for the attribute list '{@link tandem.roster.model.Agent#getUnavailableDays <em>Unavailable Days</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Unavailable Days</em>'.
   * @see tandem.roster.model.Agent#getUnavailableDays()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_UnavailableDays();

  /**
   * Returns the meta object for the attribute list '{@link tandem.roster.model.Agent#getPreferredDaysOff <em>Preferred Days Off</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Preferred Days Off</em>'.
   * @see tandem.roster.model.Agent#getPreferredDaysOff()
   * @see #getAgent()
   * @generated
   */
  EAttribute getAgent_PreferredDaysOff();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.Skill <em>Skill</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Skill</em>'.
   * @see tandem.roster.model.Skill
   * @generated
   */
  EClass getSkill();

  /**
   * Returns the meta object for the reference '{@link tandem.roster.model.Skill#getQueue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Queue</em>'.
   * @see tandem.roster.model.Skill#getQueue()
   * @see #getSkill()
   * @generated
   */
  EReference getSkill_Queue();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Skill#getPriority <em>Priority</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Priority</em>'.
   * @see tandem.roster.model.Skill#getPriority()
   * @see #getSkill()
   * @generated
   */
  EAttribute getSkill_Priority();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.ShiftTemplate <em>Shift Template</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Shift Template</em>'.
   * @see tandem.roster.model.ShiftTemplate
   * @generated
   */
  EClass getShiftTemplate();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.ShiftTemplate#getEarliestStart <em>Earliest Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Earliest Start</em>'.
   * @see tandem.roster.model.ShiftTemplate#getEarliestStart()
   * @see #getShiftTemplate()
   * @generated
   */
  EAttribute getShiftTemplate_EarliestStart();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.ShiftTemplate#getLatestStart <em>Latest Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Latest Start</em>'.
   * @see tandem.roster.model.ShiftTemplate#getLatestStart()
   * @see #getShiftTemplate()
   * @generated
   */
  EAttribute getShiftTemplate_LatestStart();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.ShiftTemplate#getStartStepMinutes <em>Start Step Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start Step Minutes</em>'.
   * @see tandem.roster.model.ShiftTemplate#getStartStepMinutes()
   * @see #getShiftTemplate()
   * @generated
   */
  EAttribute getShiftTemplate_StartStepMinutes();

  /**
   * Returns the meta object for the attribute list '{@link tandem.roster.model.ShiftTemplate#getLengthsMinutes <em>Lengths Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Lengths Minutes</em>'.
   * @see tandem.roster.model.ShiftTemplate#getLengthsMinutes()
   * @see #getShiftTemplate()
   * @generated
   */
  EAttribute getShiftTemplate_LengthsMinutes();

  /**
   * Returns the meta object for the attribute list '{@link tandem.roster.model.ShiftTemplate#getDays <em>Days</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Days</em>'.
   * @see tandem.roster.model.ShiftTemplate#getDays()
   * @see #getShiftTemplate()
   * @generated
   */
  EAttribute getShiftTemplate_Days();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.roster.model.ShiftTemplate#getBreaks <em>Breaks</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Breaks</em>'.
   * @see tandem.roster.model.ShiftTemplate#getBreaks()
   * @see #getShiftTemplate()
   * @generated
   */
  EReference getShiftTemplate_Breaks();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.BreakRule <em>Break Rule</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Break Rule</em>'.
   * @see tandem.roster.model.BreakRule
   * @generated
   */
  EClass getBreakRule();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.BreakRule#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see tandem.roster.model.BreakRule#getKind()
   * @see #getBreakRule()
   * @generated
   */
  EAttribute getBreakRule_Kind();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.BreakRule#getLengthMinutes <em>Length Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Length Minutes</em>'.
   * @see tandem.roster.model.BreakRule#getLengthMinutes()
   * @see #getBreakRule()
   * @generated
   */
  EAttribute getBreakRule_LengthMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.BreakRule#getEarliestAfterMinutes <em>Earliest After Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Earliest After Minutes</em>'.
   * @see tandem.roster.model.BreakRule#getEarliestAfterMinutes()
   * @see #getBreakRule()
   * @generated
   */
  EAttribute getBreakRule_EarliestAfterMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.BreakRule#getLatestAfterMinutes <em>Latest After Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Latest After Minutes</em>'.
   * @see tandem.roster.model.BreakRule#getLatestAfterMinutes()
   * @see #getBreakRule()
   * @generated
   */
  EAttribute getBreakRule_LatestAfterMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.BreakRule#isPaid <em>Paid</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Paid</em>'.
   * @see tandem.roster.model.BreakRule#isPaid()
   * @see #getBreakRule()
   * @generated
   */
  EAttribute getBreakRule_Paid();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.Shift <em>Shift</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Shift</em>'.
   * @see tandem.roster.model.Shift
   * @generated
   */
  EClass getShift();

  /**
   * Returns the meta object for the reference '{@link tandem.roster.model.Shift#getAgent <em>Agent</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Agent</em>'.
   * @see tandem.roster.model.Shift#getAgent()
   * @see #getShift()
   * @generated
   */
  EReference getShift_Agent();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Shift#getStart <em>Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start</em>'.
   * @see tandem.roster.model.Shift#getStart()
   * @see #getShift()
   * @generated
   */
  EAttribute getShift_Start();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Shift#getLengthMinutes <em>Length Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Length Minutes</em>'.
   * @see tandem.roster.model.Shift#getLengthMinutes()
   * @see #getShift()
   * @generated
   */
  EAttribute getShift_LengthMinutes();

  /**
   * Returns the meta object for the reference '{@link tandem.roster.model.Shift#getQueue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Queue</em>'.
   * @see tandem.roster.model.Shift#getQueue()
   * @see #getShift()
   * @generated
   */
  EReference getShift_Queue();

  /**
   * Returns the meta object for the reference '{@link tandem.roster.model.Shift#getTemplate <em>Template</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Template</em>'.
   * @see tandem.roster.model.Shift#getTemplate()
   * @see #getShift()
   * @generated
   */
  EReference getShift_Template();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Shift#isPinned <em>Pinned</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Pinned</em>'.
   * @see tandem.roster.model.Shift#isPinned()
   * @see #getShift()
   * @generated
   */
  EAttribute getShift_Pinned();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.roster.model.Shift#getActivities <em>Activities</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Activities</em>'.
   * @see tandem.roster.model.Shift#getActivities()
   * @see #getShift()
   * @generated
   */
  EReference getShift_Activities();

  /**
   * Returns the meta object for class '{@link tandem.roster.model.Activity <em>Activity</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Activity</em>'.
   * @see tandem.roster.model.Activity
   * @generated
   */
  EClass getActivity();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Activity#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see tandem.roster.model.Activity#getKind()
   * @see #getActivity()
   * @generated
   */
  EAttribute getActivity_Kind();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Activity#getStart <em>Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start</em>'.
   * @see tandem.roster.model.Activity#getStart()
   * @see #getActivity()
   * @generated
   */
  EAttribute getActivity_Start();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Activity#getLengthMinutes <em>Length Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Length Minutes</em>'.
   * @see tandem.roster.model.Activity#getLengthMinutes()
   * @see #getActivity()
   * @generated
   */
  EAttribute getActivity_LengthMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.roster.model.Activity#getName <em>Name</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Name</em>'.
   * @see tandem.roster.model.Activity#getName()
   * @see #getActivity()
   * @generated
   */
  EAttribute getActivity_Name();

  /**
   * Returns the meta object for enum '{@link tandem.roster.model.ActivityKind <em>Activity Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Activity Kind</em>'.
   * @see tandem.roster.model.ActivityKind
   * @generated
   */
  EEnum getActivityKind();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  RosterFactory getRosterFactory();

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
     * The meta object literal for the '{@link tandem.roster.model.impl.RosterImpl <em>Roster</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.RosterImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getRoster()
     * @generated
     */
    EClass ROSTER = eINSTANCE.getRoster();

    /**
     * The meta object literal for the '<em><b>Interval Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ROSTER__INTERVAL_MINUTES = eINSTANCE.getRoster_IntervalMinutes();

    /**
     * The meta object literal for the '<em><b>Rules</b></em>' containment reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ROSTER__RULES = eINSTANCE.getRoster_Rules();

    /**
     * The meta object literal for the '<em><b>Agents</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ROSTER__AGENTS = eINSTANCE.getRoster_Agents();

    /**
     * The meta object literal for the '<em><b>Shift Templates</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ROSTER__SHIFT_TEMPLATES = eINSTANCE.getRoster_ShiftTemplates();

    /**
     * The meta object literal for the '<em><b>Training Plans</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ROSTER__TRAINING_PLANS = eINSTANCE.getRoster_TrainingPlans();

    /**
     * The meta object literal for the '<em><b>Shifts</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ROSTER__SHIFTS = eINSTANCE.getRoster_Shifts();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.RosterRulesImpl <em>Rules</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.RosterRulesImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getRosterRules()
     * @generated
     */
    EClass ROSTER_RULES = eINSTANCE.getRosterRules();

    /**
     * The meta object literal for the '<em><b>Min Rest Hours</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ROSTER_RULES__MIN_REST_HOURS = eINSTANCE.getRosterRules_MinRestHours();

    /**
     * The meta object literal for the '<em><b>Max Consecutive Days</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ROSTER_RULES__MAX_CONSECUTIVE_DAYS = eINSTANCE.getRosterRules_MaxConsecutiveDays();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.AgentImpl <em>Agent</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.AgentImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getAgent()
     * @generated
     */
    EClass AGENT = eINSTANCE.getAgent();

    /**
     * The meta object literal for the '<em><b>Team</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference AGENT__TEAM = eINSTANCE.getAgent_Team();

    /**
     * The meta object literal for the '<em><b>Skills</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference AGENT__SKILLS = eINSTANCE.getAgent_Skills();

    /**
     * The meta object literal for the '<em><b>Min Hours Per Week</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__MIN_HOURS_PER_WEEK = eINSTANCE.getAgent_MinHoursPerWeek();

    /**
     * The meta object literal for the '<em><b>Max Hours Per Week</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__MAX_HOURS_PER_WEEK = eINSTANCE.getAgent_MaxHoursPerWeek();

    /**
     * The meta object literal for the '<em><b>Max Days Per Week</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__MAX_DAYS_PER_WEEK = eINSTANCE.getAgent_MaxDaysPerWeek();

    /**
     * The meta object literal for the '<em><b>Earliest Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__EARLIEST_START = eINSTANCE.getAgent_EarliestStart();

    /**
     * The meta object literal for the '<em><b>Latest End</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__LATEST_END = eINSTANCE.getAgent_LatestEnd();

    /**
     * The meta object literal for the '<em><b>Unavailable Days</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__UNAVAILABLE_DAYS = eINSTANCE.getAgent_UnavailableDays();

    /**
     * The meta object literal for the '<em><b>Preferred Days Off</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AGENT__PREFERRED_DAYS_OFF = eINSTANCE.getAgent_PreferredDaysOff();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.SkillImpl <em>Skill</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.SkillImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getSkill()
     * @generated
     */
    EClass SKILL = eINSTANCE.getSkill();

    /**
     * The meta object literal for the '<em><b>Queue</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SKILL__QUEUE = eINSTANCE.getSkill_Queue();

    /**
     * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SKILL__PRIORITY = eINSTANCE.getSkill_Priority();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.ShiftTemplateImpl <em>Shift Template</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.ShiftTemplateImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getShiftTemplate()
     * @generated
     */
    EClass SHIFT_TEMPLATE = eINSTANCE.getShiftTemplate();

    /**
     * The meta object literal for the '<em><b>Earliest Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT_TEMPLATE__EARLIEST_START = eINSTANCE.getShiftTemplate_EarliestStart();

    /**
     * The meta object literal for the '<em><b>Latest Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT_TEMPLATE__LATEST_START = eINSTANCE.getShiftTemplate_LatestStart();

    /**
     * The meta object literal for the '<em><b>Start Step Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT_TEMPLATE__START_STEP_MINUTES = eINSTANCE.getShiftTemplate_StartStepMinutes();

    /**
     * The meta object literal for the '<em><b>Lengths Minutes</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT_TEMPLATE__LENGTHS_MINUTES = eINSTANCE.getShiftTemplate_LengthsMinutes();

    /**
     * The meta object literal for the '<em><b>Days</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT_TEMPLATE__DAYS = eINSTANCE.getShiftTemplate_Days();

    /**
     * The meta object literal for the '<em><b>Breaks</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SHIFT_TEMPLATE__BREAKS = eINSTANCE.getShiftTemplate_Breaks();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.BreakRuleImpl <em>Break Rule</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.BreakRuleImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getBreakRule()
     * @generated
     */
    EClass BREAK_RULE = eINSTANCE.getBreakRule();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute BREAK_RULE__KIND = eINSTANCE.getBreakRule_Kind();

    /**
     * The meta object literal for the '<em><b>Length Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute BREAK_RULE__LENGTH_MINUTES = eINSTANCE.getBreakRule_LengthMinutes();

    /**
     * The meta object literal for the '<em><b>Earliest After Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute BREAK_RULE__EARLIEST_AFTER_MINUTES = eINSTANCE.getBreakRule_EarliestAfterMinutes();

    /**
     * The meta object literal for the '<em><b>Latest After Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute BREAK_RULE__LATEST_AFTER_MINUTES = eINSTANCE.getBreakRule_LatestAfterMinutes();

    /**
     * The meta object literal for the '<em><b>Paid</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute BREAK_RULE__PAID = eINSTANCE.getBreakRule_Paid();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.ShiftImpl <em>Shift</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.ShiftImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getShift()
     * @generated
     */
    EClass SHIFT = eINSTANCE.getShift();

    /**
     * The meta object literal for the '<em><b>Agent</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SHIFT__AGENT = eINSTANCE.getShift_Agent();

    /**
     * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT__START = eINSTANCE.getShift_Start();

    /**
     * The meta object literal for the '<em><b>Length Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT__LENGTH_MINUTES = eINSTANCE.getShift_LengthMinutes();

    /**
     * The meta object literal for the '<em><b>Queue</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SHIFT__QUEUE = eINSTANCE.getShift_Queue();

    /**
     * The meta object literal for the '<em><b>Template</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SHIFT__TEMPLATE = eINSTANCE.getShift_Template();

    /**
     * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SHIFT__PINNED = eINSTANCE.getShift_Pinned();

    /**
     * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SHIFT__ACTIVITIES = eINSTANCE.getShift_Activities();

    /**
     * The meta object literal for the '{@link tandem.roster.model.impl.ActivityImpl <em>Activity</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.impl.ActivityImpl
     * @see tandem.roster.model.impl.RosterPackageImpl#getActivity()
     * @generated
     */
    EClass ACTIVITY = eINSTANCE.getActivity();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACTIVITY__KIND = eINSTANCE.getActivity_Kind();

    /**
     * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACTIVITY__START = eINSTANCE.getActivity_Start();

    /**
     * The meta object literal for the '<em><b>Length Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACTIVITY__LENGTH_MINUTES = eINSTANCE.getActivity_LengthMinutes();

    /**
     * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ACTIVITY__NAME = eINSTANCE.getActivity_Name();

    /**
     * The meta object literal for the '{@link tandem.roster.model.ActivityKind <em>Activity Kind</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.roster.model.ActivityKind
     * @see tandem.roster.model.impl.RosterPackageImpl#getActivityKind()
     * @generated
     */
    EEnum ACTIVITY_KIND = eINSTANCE.getActivityKind();

  }

} //RosterPackage
