/**
 */
package tandem.core.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The contact-center setup shared by every plan: queues, opening hours and teams, and the base types every plan model builds on.
 * <!-- end-model-doc -->
 * @see tandem.core.model.CoreFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface CorePackage extends EPackage
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
  String eNS_URI = "http://tandem.dev/core/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "core";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  CorePackage eINSTANCE = tandem.core.model.impl.CorePackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.core.model.impl.IdentifiedImpl <em>Identified</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.IdentifiedImpl
   * @see tandem.core.model.impl.CorePackageImpl#getIdentified()
   * @generated
   */
  int IDENTIFIED = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IDENTIFIED__ID = 0;

  /**
   * The number of structural features of the '<em>Identified</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IDENTIFIED_FEATURE_COUNT = 1;

  /**
   * The number of operations of the '<em>Identified</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IDENTIFIED_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.NamedElementImpl <em>Named Element</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.NamedElementImpl
   * @see tandem.core.model.impl.CorePackageImpl#getNamedElement()
   * @generated
   */
  int NAMED_ELEMENT = 1;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NAMED_ELEMENT__ID = IDENTIFIED__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NAMED_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NAMED_ELEMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Named Element</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Named Element</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.PlanDocumentImpl <em>Plan Document</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.PlanDocumentImpl
   * @see tandem.core.model.impl.CorePackageImpl#getPlanDocument()
   * @generated
   */
  int PLAN_DOCUMENT = 2;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PLAN_DOCUMENT__ID = NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PLAN_DOCUMENT__NAME = NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PLAN_DOCUMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

  /**
   * The number of structural features of the '<em>Plan Document</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PLAN_DOCUMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The number of operations of the '<em>Plan Document</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PLAN_DOCUMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.DateRangeImpl <em>Date Range</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.DateRangeImpl
   * @see tandem.core.model.impl.CorePackageImpl#getDateRange()
   * @generated
   */
  int DATE_RANGE = 3;

  /**
   * The feature id for the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATE_RANGE__START = 0;

  /**
   * The feature id for the '<em><b>End</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATE_RANGE__END = 1;

  /**
   * The number of structural features of the '<em>Date Range</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATE_RANGE_FEATURE_COUNT = 2;

  /**
   * The number of operations of the '<em>Date Range</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DATE_RANGE_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.ContactCenterImpl <em>Contact Center</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.ContactCenterImpl
   * @see tandem.core.model.impl.CorePackageImpl#getContactCenter()
   * @generated
   */
  int CONTACT_CENTER = 4;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__ID = PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__NAME = PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__DESCRIPTION = PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Organisation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__ORGANISATION = PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Time Zone</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__TIME_ZONE = PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Queues</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__QUEUES = PLAN_DOCUMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Opening Hours</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__OPENING_HOURS = PLAN_DOCUMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Teams</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER__TEAMS = PLAN_DOCUMENT_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Contact Center</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER_FEATURE_COUNT = PLAN_DOCUMENT_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Contact Center</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_CENTER_OPERATION_COUNT = PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.QueueImpl <em>Queue</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.QueueImpl
   * @see tandem.core.model.impl.CorePackageImpl#getQueue()
   * @generated
   */
  int QUEUE = 5;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__ID = NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__NAME = NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Channel</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Language</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__LANGUAGE = NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Skill</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__SKILL = NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Opening Hours</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE__OPENING_HOURS = NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of structural features of the '<em>Queue</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The number of operations of the '<em>Queue</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int QUEUE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.OpeningHoursImpl <em>Opening Hours</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.OpeningHoursImpl
   * @see tandem.core.model.impl.CorePackageImpl#getOpeningHours()
   * @generated
   */
  int OPENING_HOURS = 6;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS__ID = NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS__NAME = NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Time Zone</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS__TIME_ZONE = NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Weekly Hours</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS__WEEKLY_HOURS = NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Exceptions</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS__EXCEPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>Opening Hours</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>Opening Hours</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OPENING_HOURS_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.WeeklyHoursImpl <em>Weekly Hours</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.WeeklyHoursImpl
   * @see tandem.core.model.impl.CorePackageImpl#getWeeklyHours()
   * @generated
   */
  int WEEKLY_HOURS = 7;

  /**
   * The feature id for the '<em><b>Day</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WEEKLY_HOURS__DAY = 0;

  /**
   * The feature id for the '<em><b>Opens</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WEEKLY_HOURS__OPENS = 1;

  /**
   * The feature id for the '<em><b>Closes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WEEKLY_HOURS__CLOSES = 2;

  /**
   * The number of structural features of the '<em>Weekly Hours</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WEEKLY_HOURS_FEATURE_COUNT = 3;

  /**
   * The number of operations of the '<em>Weekly Hours</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int WEEKLY_HOURS_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.HoursExceptionImpl <em>Hours Exception</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.HoursExceptionImpl
   * @see tandem.core.model.impl.CorePackageImpl#getHoursException()
   * @generated
   */
  int HOURS_EXCEPTION = 8;

  /**
   * The feature id for the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION__DATE = 0;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION__NAME = 1;

  /**
   * The feature id for the '<em><b>Closed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION__CLOSED = 2;

  /**
   * The feature id for the '<em><b>Opens</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION__OPENS = 3;

  /**
   * The feature id for the '<em><b>Closes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION__CLOSES = 4;

  /**
   * The number of structural features of the '<em>Hours Exception</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION_FEATURE_COUNT = 5;

  /**
   * The number of operations of the '<em>Hours Exception</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_EXCEPTION_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.core.model.impl.TeamImpl <em>Team</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.impl.TeamImpl
   * @see tandem.core.model.impl.CorePackageImpl#getTeam()
   * @generated
   */
  int TEAM = 9;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__ID = NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__NAME = NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Headcount</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__HEADCOUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Lead</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__LEAD = NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Queues</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM__QUEUES = NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>Team</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>Team</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TEAM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.core.model.Channel <em>Channel</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.Channel
   * @see tandem.core.model.impl.CorePackageImpl#getChannel()
   * @generated
   */
  int CHANNEL = 10;

  /**
   * The meta object id for the '{@link tandem.core.model.Weekday <em>Weekday</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.model.Weekday
   * @see tandem.core.model.impl.CorePackageImpl#getWeekday()
   * @generated
   */
  int WEEKDAY = 11;

  /**
   * The meta object id for the '<em>Local Date</em>' data type.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see java.time.LocalDate
   * @see tandem.core.model.impl.CorePackageImpl#getLocalDate()
   * @generated
   */
  int LOCAL_DATE = 12;

  /**
   * The meta object id for the '<em>Local Time</em>' data type.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see java.time.LocalTime
   * @see tandem.core.model.impl.CorePackageImpl#getLocalTime()
   * @generated
   */
  int LOCAL_TIME = 13;

  /**
   * The meta object id for the '<em>Local Date Time</em>' data type.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see java.time.LocalDateTime
   * @see tandem.core.model.impl.CorePackageImpl#getLocalDateTime()
   * @generated
   */
  int LOCAL_DATE_TIME = 14;


  /**
   * Returns the meta object for class '{@link tandem.core.model.Identified <em>Identified</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Identified</em>'.
   * @see tandem.core.model.Identified
   * @generated
   */
  EClass getIdentified();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.Identified#getId <em>Id</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Id</em>'.
   * @see tandem.core.model.Identified#getId()
   * @see #getIdentified()
   * @generated
   */
  EAttribute getIdentified_Id();

  /**
   * Returns the meta object for class '{@link tandem.core.model.NamedElement <em>Named Element</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Named Element</em>'.
   * @see tandem.core.model.NamedElement
   * @generated
   */
  EClass getNamedElement();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.NamedElement#getName <em>Name</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Name</em>'.
   * @see tandem.core.model.NamedElement#getName()
   * @see #getNamedElement()
   * @generated
   */
  EAttribute getNamedElement_Name();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.NamedElement#getDescription <em>Description</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Description</em>'.
   * @see tandem.core.model.NamedElement#getDescription()
   * @see #getNamedElement()
   * @generated
   */
  EAttribute getNamedElement_Description();

  /**
   * Returns the meta object for class '{@link tandem.core.model.PlanDocument <em>Plan Document</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Plan Document</em>'.
   * @see tandem.core.model.PlanDocument
   * @generated
   */
  EClass getPlanDocument();

  /**
   * Returns the meta object for class '{@link tandem.core.model.DateRange <em>Date Range</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Date Range</em>'.
   * @see tandem.core.model.DateRange
   * @generated
   */
  EClass getDateRange();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.DateRange#getStart <em>Start</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start</em>'.
   * @see tandem.core.model.DateRange#getStart()
   * @see #getDateRange()
   * @generated
   */
  EAttribute getDateRange_Start();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.DateRange#getEnd <em>End</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>End</em>'.
   * @see tandem.core.model.DateRange#getEnd()
   * @see #getDateRange()
   * @generated
   */
  EAttribute getDateRange_End();

  /**
   * Returns the meta object for class '{@link tandem.core.model.ContactCenter <em>Contact Center</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Contact Center</em>'.
   * @see tandem.core.model.ContactCenter
   * @generated
   */
  EClass getContactCenter();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.ContactCenter#getOrganisation <em>Organisation</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Organisation</em>'.
   * @see tandem.core.model.ContactCenter#getOrganisation()
   * @see #getContactCenter()
   * @generated
   */
  EAttribute getContactCenter_Organisation();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.ContactCenter#getTimeZone <em>Time Zone</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Time Zone</em>'.
   * @see tandem.core.model.ContactCenter#getTimeZone()
   * @see #getContactCenter()
   * @generated
   */
  EAttribute getContactCenter_TimeZone();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.core.model.ContactCenter#getQueues <em>Queues</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Queues</em>'.
   * @see tandem.core.model.ContactCenter#getQueues()
   * @see #getContactCenter()
   * @generated
   */
  EReference getContactCenter_Queues();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.core.model.ContactCenter#getOpeningHours <em>Opening Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Opening Hours</em>'.
   * @see tandem.core.model.ContactCenter#getOpeningHours()
   * @see #getContactCenter()
   * @generated
   */
  EReference getContactCenter_OpeningHours();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.core.model.ContactCenter#getTeams <em>Teams</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Teams</em>'.
   * @see tandem.core.model.ContactCenter#getTeams()
   * @see #getContactCenter()
   * @generated
   */
  EReference getContactCenter_Teams();

  /**
   * Returns the meta object for class '{@link tandem.core.model.Queue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Queue</em>'.
   * @see tandem.core.model.Queue
   * @generated
   */
  EClass getQueue();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.Queue#getChannel <em>Channel</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Channel</em>'.
   * @see tandem.core.model.Queue#getChannel()
   * @see #getQueue()
   * @generated
   */
  EAttribute getQueue_Channel();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.Queue#getLanguage <em>Language</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Language</em>'.
   * @see tandem.core.model.Queue#getLanguage()
   * @see #getQueue()
   * @generated
   */
  EAttribute getQueue_Language();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.Queue#getSkill <em>Skill</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Skill</em>'.
   * @see tandem.core.model.Queue#getSkill()
   * @see #getQueue()
   * @generated
   */
  EAttribute getQueue_Skill();

  /**
   * Returns the meta object for the reference '{@link tandem.core.model.Queue#getOpeningHours <em>Opening Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Opening Hours</em>'.
   * @see tandem.core.model.Queue#getOpeningHours()
   * @see #getQueue()
   * @generated
   */
  EReference getQueue_OpeningHours();

  /**
   * Returns the meta object for class '{@link tandem.core.model.OpeningHours <em>Opening Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Opening Hours</em>'.
   * @see tandem.core.model.OpeningHours
   * @generated
   */
  EClass getOpeningHours();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.OpeningHours#getTimeZone <em>Time Zone</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Time Zone</em>'.
   * @see tandem.core.model.OpeningHours#getTimeZone()
   * @see #getOpeningHours()
   * @generated
   */
  EAttribute getOpeningHours_TimeZone();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.core.model.OpeningHours#getWeeklyHours <em>Weekly Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Weekly Hours</em>'.
   * @see tandem.core.model.OpeningHours#getWeeklyHours()
   * @see #getOpeningHours()
   * @generated
   */
  EReference getOpeningHours_WeeklyHours();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.core.model.OpeningHours#getExceptions <em>Exceptions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Exceptions</em>'.
   * @see tandem.core.model.OpeningHours#getExceptions()
   * @see #getOpeningHours()
   * @generated
   */
  EReference getOpeningHours_Exceptions();

  /**
   * Returns the meta object for class '{@link tandem.core.model.WeeklyHours <em>Weekly Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Weekly Hours</em>'.
   * @see tandem.core.model.WeeklyHours
   * @generated
   */
  EClass getWeeklyHours();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.WeeklyHours#getDay <em>Day</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Day</em>'.
   * @see tandem.core.model.WeeklyHours#getDay()
   * @see #getWeeklyHours()
   * @generated
   */
  EAttribute getWeeklyHours_Day();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.WeeklyHours#getOpens <em>Opens</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Opens</em>'.
   * @see tandem.core.model.WeeklyHours#getOpens()
   * @see #getWeeklyHours()
   * @generated
   */
  EAttribute getWeeklyHours_Opens();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.WeeklyHours#getCloses <em>Closes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Closes</em>'.
   * @see tandem.core.model.WeeklyHours#getCloses()
   * @see #getWeeklyHours()
   * @generated
   */
  EAttribute getWeeklyHours_Closes();

  /**
   * Returns the meta object for class '{@link tandem.core.model.HoursException <em>Hours Exception</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Hours Exception</em>'.
   * @see tandem.core.model.HoursException
   * @generated
   */
  EClass getHoursException();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.HoursException#getDate <em>Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Date</em>'.
   * @see tandem.core.model.HoursException#getDate()
   * @see #getHoursException()
   * @generated
   */
  EAttribute getHoursException_Date();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.HoursException#getName <em>Name</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Name</em>'.
   * @see tandem.core.model.HoursException#getName()
   * @see #getHoursException()
   * @generated
   */
  EAttribute getHoursException_Name();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.HoursException#isClosed <em>Closed</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Closed</em>'.
   * @see tandem.core.model.HoursException#isClosed()
   * @see #getHoursException()
   * @generated
   */
  EAttribute getHoursException_Closed();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.HoursException#getOpens <em>Opens</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Opens</em>'.
   * @see tandem.core.model.HoursException#getOpens()
   * @see #getHoursException()
   * @generated
   */
  EAttribute getHoursException_Opens();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.HoursException#getCloses <em>Closes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Closes</em>'.
   * @see tandem.core.model.HoursException#getCloses()
   * @see #getHoursException()
   * @generated
   */
  EAttribute getHoursException_Closes();

  /**
   * Returns the meta object for class '{@link tandem.core.model.Team <em>Team</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Team</em>'.
   * @see tandem.core.model.Team
   * @generated
   */
  EClass getTeam();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.Team#getHeadcount <em>Headcount</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Headcount</em>'.
   * @see tandem.core.model.Team#getHeadcount()
   * @see #getTeam()
   * @generated
   */
  EAttribute getTeam_Headcount();

  /**
   * Returns the meta object for the attribute '{@link tandem.core.model.Team#getLead <em>Lead</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Lead</em>'.
   * @see tandem.core.model.Team#getLead()
   * @see #getTeam()
   * @generated
   */
  EAttribute getTeam_Lead();

  /**
   * Returns the meta object for the reference list '{@link tandem.core.model.Team#getQueues <em>Queues</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Queues</em>'.
   * @see tandem.core.model.Team#getQueues()
   * @see #getTeam()
   * @generated
   */
  EReference getTeam_Queues();

  /**
   * Returns the meta object for enum '{@link tandem.core.model.Channel <em>Channel</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Channel</em>'.
   * @see tandem.core.model.Channel
   * @generated
   */
  EEnum getChannel();

  /**
   * Returns the meta object for enum '{@link tandem.core.model.Weekday <em>Weekday</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Weekday</em>'.
   * @see tandem.core.model.Weekday
   * @generated
   */
  EEnum getWeekday();

  /**
   * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for data type '<em>Local Date</em>'.
   * @see java.time.LocalDate
   * @model instanceClass="java.time.LocalDate"
   *        annotation="http://tandem.dev/time"
   * @generated
   */
  EDataType getLocalDate();

  /**
   * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for data type '<em>Local Time</em>'.
   * @see java.time.LocalTime
   * @model instanceClass="java.time.LocalTime"
   *        annotation="http://tandem.dev/time"
   * @generated
   */
  EDataType getLocalTime();

  /**
   * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for data type '<em>Local Date Time</em>'.
   * @see java.time.LocalDateTime
   * @model instanceClass="java.time.LocalDateTime"
   *        annotation="http://tandem.dev/time"
   * @generated
   */
  EDataType getLocalDateTime();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  CoreFactory getCoreFactory();

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
     * The meta object literal for the '{@link tandem.core.model.impl.IdentifiedImpl <em>Identified</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.IdentifiedImpl
     * @see tandem.core.model.impl.CorePackageImpl#getIdentified()
     * @generated
     */
    EClass IDENTIFIED = eINSTANCE.getIdentified();

    /**
     * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.NamedElementImpl <em>Named Element</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.NamedElementImpl
     * @see tandem.core.model.impl.CorePackageImpl#getNamedElement()
     * @generated
     */
    EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

    /**
     * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

    /**
     * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.PlanDocumentImpl <em>Plan Document</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.PlanDocumentImpl
     * @see tandem.core.model.impl.CorePackageImpl#getPlanDocument()
     * @generated
     */
    EClass PLAN_DOCUMENT = eINSTANCE.getPlanDocument();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.DateRangeImpl <em>Date Range</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.DateRangeImpl
     * @see tandem.core.model.impl.CorePackageImpl#getDateRange()
     * @generated
     */
    EClass DATE_RANGE = eINSTANCE.getDateRange();

    /**
     * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DATE_RANGE__START = eINSTANCE.getDateRange_Start();

    /**
     * The meta object literal for the '<em><b>End</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DATE_RANGE__END = eINSTANCE.getDateRange_End();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.ContactCenterImpl <em>Contact Center</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.ContactCenterImpl
     * @see tandem.core.model.impl.CorePackageImpl#getContactCenter()
     * @generated
     */
    EClass CONTACT_CENTER = eINSTANCE.getContactCenter();

    /**
     * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTACT_CENTER__ORGANISATION = eINSTANCE.getContactCenter_Organisation();

    /**
     * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTACT_CENTER__TIME_ZONE = eINSTANCE.getContactCenter_TimeZone();

    /**
     * The meta object literal for the '<em><b>Queues</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTACT_CENTER__QUEUES = eINSTANCE.getContactCenter_Queues();

    /**
     * The meta object literal for the '<em><b>Opening Hours</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTACT_CENTER__OPENING_HOURS = eINSTANCE.getContactCenter_OpeningHours();

    /**
     * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTACT_CENTER__TEAMS = eINSTANCE.getContactCenter_Teams();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.QueueImpl <em>Queue</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.QueueImpl
     * @see tandem.core.model.impl.CorePackageImpl#getQueue()
     * @generated
     */
    EClass QUEUE = eINSTANCE.getQueue();

    /**
     * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute QUEUE__CHANNEL = eINSTANCE.getQueue_Channel();

    /**
     * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute QUEUE__LANGUAGE = eINSTANCE.getQueue_Language();

    /**
     * The meta object literal for the '<em><b>Skill</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute QUEUE__SKILL = eINSTANCE.getQueue_Skill();

    /**
     * The meta object literal for the '<em><b>Opening Hours</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference QUEUE__OPENING_HOURS = eINSTANCE.getQueue_OpeningHours();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.OpeningHoursImpl <em>Opening Hours</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.OpeningHoursImpl
     * @see tandem.core.model.impl.CorePackageImpl#getOpeningHours()
     * @generated
     */
    EClass OPENING_HOURS = eINSTANCE.getOpeningHours();

    /**
     * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OPENING_HOURS__TIME_ZONE = eINSTANCE.getOpeningHours_TimeZone();

    /**
     * The meta object literal for the '<em><b>Weekly Hours</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference OPENING_HOURS__WEEKLY_HOURS = eINSTANCE.getOpeningHours_WeeklyHours();

    /**
     * The meta object literal for the '<em><b>Exceptions</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference OPENING_HOURS__EXCEPTIONS = eINSTANCE.getOpeningHours_Exceptions();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.WeeklyHoursImpl <em>Weekly Hours</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.WeeklyHoursImpl
     * @see tandem.core.model.impl.CorePackageImpl#getWeeklyHours()
     * @generated
     */
    EClass WEEKLY_HOURS = eINSTANCE.getWeeklyHours();

    /**
     * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute WEEKLY_HOURS__DAY = eINSTANCE.getWeeklyHours_Day();

    /**
     * The meta object literal for the '<em><b>Opens</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute WEEKLY_HOURS__OPENS = eINSTANCE.getWeeklyHours_Opens();

    /**
     * The meta object literal for the '<em><b>Closes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute WEEKLY_HOURS__CLOSES = eINSTANCE.getWeeklyHours_Closes();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.HoursExceptionImpl <em>Hours Exception</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.HoursExceptionImpl
     * @see tandem.core.model.impl.CorePackageImpl#getHoursException()
     * @generated
     */
    EClass HOURS_EXCEPTION = eINSTANCE.getHoursException();

    /**
     * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HOURS_EXCEPTION__DATE = eINSTANCE.getHoursException_Date();

    /**
     * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HOURS_EXCEPTION__NAME = eINSTANCE.getHoursException_Name();

    /**
     * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HOURS_EXCEPTION__CLOSED = eINSTANCE.getHoursException_Closed();

    /**
     * The meta object literal for the '<em><b>Opens</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HOURS_EXCEPTION__OPENS = eINSTANCE.getHoursException_Opens();

    /**
     * The meta object literal for the '<em><b>Closes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HOURS_EXCEPTION__CLOSES = eINSTANCE.getHoursException_Closes();

    /**
     * The meta object literal for the '{@link tandem.core.model.impl.TeamImpl <em>Team</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.impl.TeamImpl
     * @see tandem.core.model.impl.CorePackageImpl#getTeam()
     * @generated
     */
    EClass TEAM = eINSTANCE.getTeam();

    /**
     * The meta object literal for the '<em><b>Headcount</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TEAM__HEADCOUNT = eINSTANCE.getTeam_Headcount();

    /**
     * The meta object literal for the '<em><b>Lead</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TEAM__LEAD = eINSTANCE.getTeam_Lead();

    /**
     * The meta object literal for the '<em><b>Queues</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference TEAM__QUEUES = eINSTANCE.getTeam_Queues();

    /**
     * The meta object literal for the '{@link tandem.core.model.Channel <em>Channel</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.Channel
     * @see tandem.core.model.impl.CorePackageImpl#getChannel()
     * @generated
     */
    EEnum CHANNEL = eINSTANCE.getChannel();

    /**
     * The meta object literal for the '{@link tandem.core.model.Weekday <em>Weekday</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.model.Weekday
     * @see tandem.core.model.impl.CorePackageImpl#getWeekday()
     * @generated
     */
    EEnum WEEKDAY = eINSTANCE.getWeekday();

    /**
     * The meta object literal for the '<em>Local Date</em>' data type.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see java.time.LocalDate
     * @see tandem.core.model.impl.CorePackageImpl#getLocalDate()
     * @generated
     */
    EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

    /**
     * The meta object literal for the '<em>Local Time</em>' data type.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see java.time.LocalTime
     * @see tandem.core.model.impl.CorePackageImpl#getLocalTime()
     * @generated
     */
    EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

    /**
     * The meta object literal for the '<em>Local Date Time</em>' data type.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see java.time.LocalDateTime
     * @see tandem.core.model.impl.CorePackageImpl#getLocalDateTime()
     * @generated
     */
    EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

  }

} //CorePackage
