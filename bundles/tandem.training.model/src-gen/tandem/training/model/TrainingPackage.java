/**
 */
package tandem.training.model;

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
 * Training planned with the campaigns: courses with their sessions and audiences, and the knowledge items (scripts, FAQs, job aids) agents learn.
 * <!-- end-model-doc -->
 * @see tandem.training.model.TrainingFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface TrainingPackage extends EPackage
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
  String eNS_URI = "http://tandem.dev/training/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "training";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  TrainingPackage eINSTANCE = tandem.training.model.impl.TrainingPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.training.model.impl.TrainingPlanImpl <em>Plan</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.impl.TrainingPlanImpl
   * @see tandem.training.model.impl.TrainingPackageImpl#getTrainingPlan()
   * @generated
   */
  int TRAINING_PLAN = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Courses</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN__COURSES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Knowledge Items</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN__KNOWLEDGE_ITEMS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Plan</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Plan</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRAINING_PLAN_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.training.model.impl.CourseImpl <em>Course</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.impl.CourseImpl
   * @see tandem.training.model.impl.TrainingPackageImpl#getCourse()
   * @generated
   */
  int COURSE = 1;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Objective</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__OBJECTIVE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__DURATION_MINUTES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Delivery</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__DELIVERY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Prepares For</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__PREPARES_FOR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Teaches</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__TEACHES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__SESSIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Audiences</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE__AUDIENCES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The number of structural features of the '<em>Course</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

  /**
   * The number of operations of the '<em>Course</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int COURSE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.training.model.impl.SessionImpl <em>Session</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.impl.SessionImpl
   * @see tandem.training.model.impl.TrainingPackageImpl#getSession()
   * @generated
   */
  int SESSION = 2;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__ID = CorePackage.IDENTIFIED__ID;

  /**
   * The feature id for the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__DATE = CorePackage.IDENTIFIED_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Start Time</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__START_TIME = CorePackage.IDENTIFIED_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__LENGTH_MINUTES = CorePackage.IDENTIFIED_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Trainer</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__TRAINER = CorePackage.IDENTIFIED_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Capacity</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__CAPACITY = CorePackage.IDENTIFIED_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Audience</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION__AUDIENCE = CorePackage.IDENTIFIED_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Session</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION_FEATURE_COUNT = CorePackage.IDENTIFIED_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Session</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SESSION_OPERATION_COUNT = CorePackage.IDENTIFIED_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.training.model.impl.AudienceImpl <em>Audience</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.impl.AudienceImpl
   * @see tandem.training.model.impl.TrainingPackageImpl#getAudience()
   * @generated
   */
  int AUDIENCE = 3;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__ID = CorePackage.IDENTIFIED__ID;

  /**
   * The feature id for the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__QUEUE = CorePackage.IDENTIFIED_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__TEAM = CorePackage.IDENTIFIED_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Headcount</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__HEADCOUNT = CorePackage.IDENTIFIED_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Status</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__STATUS = CorePackage.IDENTIFIED_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Completed Count</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__COMPLETED_COUNT = CorePackage.IDENTIFIED_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Completion Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE__COMPLETION_DATE = CorePackage.IDENTIFIED_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Audience</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE_FEATURE_COUNT = CorePackage.IDENTIFIED_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Audience</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int AUDIENCE_OPERATION_COUNT = CorePackage.IDENTIFIED_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.training.model.impl.KnowledgeItemImpl <em>Knowledge Item</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.impl.KnowledgeItemImpl
   * @see tandem.training.model.impl.TrainingPackageImpl#getKnowledgeItem()
   * @generated
   */
  int KNOWLEDGE_ITEM = 4;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Owner</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__OWNER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Version</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__VERSION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Approval Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__APPROVAL_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Question</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__QUESTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Answer</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__ANSWER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Campaigns</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM__CAMPAIGNS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

  /**
   * The number of structural features of the '<em>Knowledge Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

  /**
   * The number of operations of the '<em>Knowledge Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int KNOWLEDGE_ITEM_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.training.model.Delivery <em>Delivery</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.Delivery
   * @see tandem.training.model.impl.TrainingPackageImpl#getDelivery()
   * @generated
   */
  int DELIVERY = 5;

  /**
   * The meta object id for the '{@link tandem.training.model.CompletionStatus <em>Completion Status</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.CompletionStatus
   * @see tandem.training.model.impl.TrainingPackageImpl#getCompletionStatus()
   * @generated
   */
  int COMPLETION_STATUS = 6;

  /**
   * The meta object id for the '{@link tandem.training.model.KnowledgeKind <em>Knowledge Kind</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.training.model.KnowledgeKind
   * @see tandem.training.model.impl.TrainingPackageImpl#getKnowledgeKind()
   * @generated
   */
  int KNOWLEDGE_KIND = 7;


  /**
   * Returns the meta object for class '{@link tandem.training.model.TrainingPlan <em>Plan</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Plan</em>'.
   * @see tandem.training.model.TrainingPlan
   * @generated
   */
  EClass getTrainingPlan();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.training.model.TrainingPlan#getCourses <em>Courses</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Courses</em>'.
   * @see tandem.training.model.TrainingPlan#getCourses()
   * @see #getTrainingPlan()
   * @generated
   */
  EReference getTrainingPlan_Courses();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.training.model.TrainingPlan#getKnowledgeItems <em>Knowledge Items</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Knowledge Items</em>'.
   * @see tandem.training.model.TrainingPlan#getKnowledgeItems()
   * @see #getTrainingPlan()
   * @generated
   */
  EReference getTrainingPlan_KnowledgeItems();

  /**
   * Returns the meta object for class '{@link tandem.training.model.Course <em>Course</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Course</em>'.
   * @see tandem.training.model.Course
   * @generated
   */
  EClass getCourse();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Course#getObjective <em>Objective</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Objective</em>'.
   * @see tandem.training.model.Course#getObjective()
   * @see #getCourse()
   * @generated
   */
  EAttribute getCourse_Objective();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Course#getDurationMinutes <em>Duration Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Duration Minutes</em>'.
   * @see tandem.training.model.Course#getDurationMinutes()
   * @see #getCourse()
   * @generated
   */
  EAttribute getCourse_DurationMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Course#getDelivery <em>Delivery</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Delivery</em>'.
   * @see tandem.training.model.Course#getDelivery()
   * @see #getCourse()
   * @generated
   */
  EAttribute getCourse_Delivery();

  /**
   * Returns the meta object for the reference list '{@link tandem.training.model.Course#getPreparesFor <em>Prepares For</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Prepares For</em>'.
   * @see tandem.training.model.Course#getPreparesFor()
   * @see #getCourse()
   * @generated
   */
  EReference getCourse_PreparesFor();

  /**
   * Returns the meta object for the reference list '{@link tandem.training.model.Course#getTeaches <em>Teaches</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Teaches</em>'.
   * @see tandem.training.model.Course#getTeaches()
   * @see #getCourse()
   * @generated
   */
  EReference getCourse_Teaches();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.training.model.Course#getSessions <em>Sessions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Sessions</em>'.
   * @see tandem.training.model.Course#getSessions()
   * @see #getCourse()
   * @generated
   */
  EReference getCourse_Sessions();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.training.model.Course#getAudiences <em>Audiences</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Audiences</em>'.
   * @see tandem.training.model.Course#getAudiences()
   * @see #getCourse()
   * @generated
   */
  EReference getCourse_Audiences();

  /**
   * Returns the meta object for class '{@link tandem.training.model.Session <em>Session</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Session</em>'.
   * @see tandem.training.model.Session
   * @generated
   */
  EClass getSession();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Session#getDate <em>Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Date</em>'.
   * @see tandem.training.model.Session#getDate()
   * @see #getSession()
   * @generated
   */
  EAttribute getSession_Date();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Session#getStartTime <em>Start Time</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start Time</em>'.
   * @see tandem.training.model.Session#getStartTime()
   * @see #getSession()
   * @generated
   */
  EAttribute getSession_StartTime();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Session#getLengthMinutes <em>Length Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Length Minutes</em>'.
   * @see tandem.training.model.Session#getLengthMinutes()
   * @see #getSession()
   * @generated
   */
  EAttribute getSession_LengthMinutes();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Session#getTrainer <em>Trainer</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Trainer</em>'.
   * @see tandem.training.model.Session#getTrainer()
   * @see #getSession()
   * @generated
   */
  EAttribute getSession_Trainer();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Session#getCapacity <em>Capacity</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Capacity</em>'.
   * @see tandem.training.model.Session#getCapacity()
   * @see #getSession()
   * @generated
   */
  EAttribute getSession_Capacity();

  /**
   * Returns the meta object for the reference '{@link tandem.training.model.Session#getAudience <em>Audience</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Audience</em>'.
   * @see tandem.training.model.Session#getAudience()
   * @see #getSession()
   * @generated
   */
  EReference getSession_Audience();

  /**
   * Returns the meta object for class '{@link tandem.training.model.Audience <em>Audience</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Audience</em>'.
   * @see tandem.training.model.Audience
   * @generated
   */
  EClass getAudience();

  /**
   * Returns the meta object for the reference '{@link tandem.training.model.Audience#getQueue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Queue</em>'.
   * @see tandem.training.model.Audience#getQueue()
   * @see #getAudience()
   * @generated
   */
  EReference getAudience_Queue();

  /**
   * Returns the meta object for the reference '{@link tandem.training.model.Audience#getTeam <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Team</em>'.
   * @see tandem.training.model.Audience#getTeam()
   * @see #getAudience()
   * @generated
   */
  EReference getAudience_Team();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Audience#getHeadcount <em>Headcount</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Headcount</em>'.
   * @see tandem.training.model.Audience#getHeadcount()
   * @see #getAudience()
   * @generated
   */
  EAttribute getAudience_Headcount();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Audience#getStatus <em>Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Status</em>'.
   * @see tandem.training.model.Audience#getStatus()
   * @see #getAudience()
   * @generated
   */
  EAttribute getAudience_Status();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Audience#getCompletedCount <em>Completed Count</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Completed Count</em>'.
   * @see tandem.training.model.Audience#getCompletedCount()
   * @see #getAudience()
   * @generated
   */
  EAttribute getAudience_CompletedCount();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.Audience#getCompletionDate <em>Completion Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Completion Date</em>'.
   * @see tandem.training.model.Audience#getCompletionDate()
   * @see #getAudience()
   * @generated
   */
  EAttribute getAudience_CompletionDate();

  /**
   * Returns the meta object for class '{@link tandem.training.model.KnowledgeItem <em>Knowledge Item</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Knowledge Item</em>'.
   * @see tandem.training.model.KnowledgeItem
   * @generated
   */
  EClass getKnowledgeItem();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see tandem.training.model.KnowledgeItem#getKind()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_Kind();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getOwner <em>Owner</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Owner</em>'.
   * @see tandem.training.model.KnowledgeItem#getOwner()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_Owner();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getVersion <em>Version</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Version</em>'.
   * @see tandem.training.model.KnowledgeItem#getVersion()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_Version();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getApprovalDate <em>Approval Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Approval Date</em>'.
   * @see tandem.training.model.KnowledgeItem#getApprovalDate()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_ApprovalDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getText <em>Text</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Text</em>'.
   * @see tandem.training.model.KnowledgeItem#getText()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_Text();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getQuestion <em>Question</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Question</em>'.
   * @see tandem.training.model.KnowledgeItem#getQuestion()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_Question();

  /**
   * Returns the meta object for the attribute '{@link tandem.training.model.KnowledgeItem#getAnswer <em>Answer</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Answer</em>'.
   * @see tandem.training.model.KnowledgeItem#getAnswer()
   * @see #getKnowledgeItem()
   * @generated
   */
  EAttribute getKnowledgeItem_Answer();

  /**
   * Returns the meta object for the reference list '{@link tandem.training.model.KnowledgeItem#getCampaigns <em>Campaigns</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Campaigns</em>'.
   * @see tandem.training.model.KnowledgeItem#getCampaigns()
   * @see #getKnowledgeItem()
   * @generated
   */
  EReference getKnowledgeItem_Campaigns();

  /**
   * Returns the meta object for enum '{@link tandem.training.model.Delivery <em>Delivery</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Delivery</em>'.
   * @see tandem.training.model.Delivery
   * @generated
   */
  EEnum getDelivery();

  /**
   * Returns the meta object for enum '{@link tandem.training.model.CompletionStatus <em>Completion Status</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Completion Status</em>'.
   * @see tandem.training.model.CompletionStatus
   * @generated
   */
  EEnum getCompletionStatus();

  /**
   * Returns the meta object for enum '{@link tandem.training.model.KnowledgeKind <em>Knowledge Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Knowledge Kind</em>'.
   * @see tandem.training.model.KnowledgeKind
   * @generated
   */
  EEnum getKnowledgeKind();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  TrainingFactory getTrainingFactory();

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
     * The meta object literal for the '{@link tandem.training.model.impl.TrainingPlanImpl <em>Plan</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.impl.TrainingPlanImpl
     * @see tandem.training.model.impl.TrainingPackageImpl#getTrainingPlan()
     * @generated
     */
    EClass TRAINING_PLAN = eINSTANCE.getTrainingPlan();

    /**
     * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference TRAINING_PLAN__COURSES = eINSTANCE.getTrainingPlan_Courses();

    /**
     * The meta object literal for the '<em><b>Knowledge Items</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference TRAINING_PLAN__KNOWLEDGE_ITEMS = eINSTANCE.getTrainingPlan_KnowledgeItems();

    /**
     * The meta object literal for the '{@link tandem.training.model.impl.CourseImpl <em>Course</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.impl.CourseImpl
     * @see tandem.training.model.impl.TrainingPackageImpl#getCourse()
     * @generated
     */
    EClass COURSE = eINSTANCE.getCourse();

    /**
     * The meta object literal for the '<em><b>Objective</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COURSE__OBJECTIVE = eINSTANCE.getCourse_Objective();

    /**
     * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COURSE__DURATION_MINUTES = eINSTANCE.getCourse_DurationMinutes();

    /**
     * The meta object literal for the '<em><b>Delivery</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute COURSE__DELIVERY = eINSTANCE.getCourse_Delivery();

    /**
     * The meta object literal for the '<em><b>Prepares For</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COURSE__PREPARES_FOR = eINSTANCE.getCourse_PreparesFor();

    /**
     * The meta object literal for the '<em><b>Teaches</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COURSE__TEACHES = eINSTANCE.getCourse_Teaches();

    /**
     * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COURSE__SESSIONS = eINSTANCE.getCourse_Sessions();

    /**
     * The meta object literal for the '<em><b>Audiences</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference COURSE__AUDIENCES = eINSTANCE.getCourse_Audiences();

    /**
     * The meta object literal for the '{@link tandem.training.model.impl.SessionImpl <em>Session</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.impl.SessionImpl
     * @see tandem.training.model.impl.TrainingPackageImpl#getSession()
     * @generated
     */
    EClass SESSION = eINSTANCE.getSession();

    /**
     * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SESSION__DATE = eINSTANCE.getSession_Date();

    /**
     * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SESSION__START_TIME = eINSTANCE.getSession_StartTime();

    /**
     * The meta object literal for the '<em><b>Length Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SESSION__LENGTH_MINUTES = eINSTANCE.getSession_LengthMinutes();

    /**
     * The meta object literal for the '<em><b>Trainer</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SESSION__TRAINER = eINSTANCE.getSession_Trainer();

    /**
     * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SESSION__CAPACITY = eINSTANCE.getSession_Capacity();

    /**
     * The meta object literal for the '<em><b>Audience</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SESSION__AUDIENCE = eINSTANCE.getSession_Audience();

    /**
     * The meta object literal for the '{@link tandem.training.model.impl.AudienceImpl <em>Audience</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.impl.AudienceImpl
     * @see tandem.training.model.impl.TrainingPackageImpl#getAudience()
     * @generated
     */
    EClass AUDIENCE = eINSTANCE.getAudience();

    /**
     * The meta object literal for the '<em><b>Queue</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference AUDIENCE__QUEUE = eINSTANCE.getAudience_Queue();

    /**
     * The meta object literal for the '<em><b>Team</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference AUDIENCE__TEAM = eINSTANCE.getAudience_Team();

    /**
     * The meta object literal for the '<em><b>Headcount</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AUDIENCE__HEADCOUNT = eINSTANCE.getAudience_Headcount();

    /**
     * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AUDIENCE__STATUS = eINSTANCE.getAudience_Status();

    /**
     * The meta object literal for the '<em><b>Completed Count</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AUDIENCE__COMPLETED_COUNT = eINSTANCE.getAudience_CompletedCount();

    /**
     * The meta object literal for the '<em><b>Completion Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute AUDIENCE__COMPLETION_DATE = eINSTANCE.getAudience_CompletionDate();

    /**
     * The meta object literal for the '{@link tandem.training.model.impl.KnowledgeItemImpl <em>Knowledge Item</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.impl.KnowledgeItemImpl
     * @see tandem.training.model.impl.TrainingPackageImpl#getKnowledgeItem()
     * @generated
     */
    EClass KNOWLEDGE_ITEM = eINSTANCE.getKnowledgeItem();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__KIND = eINSTANCE.getKnowledgeItem_Kind();

    /**
     * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__OWNER = eINSTANCE.getKnowledgeItem_Owner();

    /**
     * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__VERSION = eINSTANCE.getKnowledgeItem_Version();

    /**
     * The meta object literal for the '<em><b>Approval Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__APPROVAL_DATE = eINSTANCE.getKnowledgeItem_ApprovalDate();

    /**
     * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__TEXT = eINSTANCE.getKnowledgeItem_Text();

    /**
     * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__QUESTION = eINSTANCE.getKnowledgeItem_Question();

    /**
     * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute KNOWLEDGE_ITEM__ANSWER = eINSTANCE.getKnowledgeItem_Answer();

    /**
     * The meta object literal for the '<em><b>Campaigns</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference KNOWLEDGE_ITEM__CAMPAIGNS = eINSTANCE.getKnowledgeItem_Campaigns();

    /**
     * The meta object literal for the '{@link tandem.training.model.Delivery <em>Delivery</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.Delivery
     * @see tandem.training.model.impl.TrainingPackageImpl#getDelivery()
     * @generated
     */
    EEnum DELIVERY = eINSTANCE.getDelivery();

    /**
     * The meta object literal for the '{@link tandem.training.model.CompletionStatus <em>Completion Status</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.CompletionStatus
     * @see tandem.training.model.impl.TrainingPackageImpl#getCompletionStatus()
     * @generated
     */
    EEnum COMPLETION_STATUS = eINSTANCE.getCompletionStatus();

    /**
     * The meta object literal for the '{@link tandem.training.model.KnowledgeKind <em>Knowledge Kind</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.training.model.KnowledgeKind
     * @see tandem.training.model.impl.TrainingPackageImpl#getKnowledgeKind()
     * @generated
     */
    EEnum KNOWLEDGE_KIND = eINSTANCE.getKnowledgeKind();

  }

} //TrainingPackage
