/**
 */
package tandem.core.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import tandem.core.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CoreFactoryImpl extends EFactoryImpl implements CoreFactory
{
  /**
   * Creates the default factory implementation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static CoreFactory init()
  {
    try
    {
      CoreFactory theCoreFactory = (CoreFactory)EPackage.Registry.INSTANCE.getEFactory(CorePackage.eNS_URI);
      if (theCoreFactory != null)
      {
        return theCoreFactory;
      }
    }
    catch (Exception exception)
    {
      EcorePlugin.INSTANCE.log(exception);
    }
    return new CoreFactoryImpl();
  }

  /**
   * Creates an instance of the factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public CoreFactoryImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EObject create(EClass eClass)
  {
    switch (eClass.getClassifierID())
    {
      case CorePackage.DATE_RANGE: return createDateRange();
      case CorePackage.CONTACT_CENTER: return createContactCenter();
      case CorePackage.QUEUE: return createQueue();
      case CorePackage.OPENING_HOURS: return createOpeningHours();
      case CorePackage.WEEKLY_HOURS: return createWeeklyHours();
      case CorePackage.HOURS_EXCEPTION: return createHoursException();
      case CorePackage.TEAM: return createTeam();
      default:
        throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object createFromString(EDataType eDataType, String initialValue)
  {
    switch (eDataType.getClassifierID())
    {
      case CorePackage.CHANNEL:
        return createChannelFromString(eDataType, initialValue);
      case CorePackage.WEEKDAY:
        return createWeekdayFromString(eDataType, initialValue);
      case CorePackage.LOCAL_DATE:
        return createLocalDateFromString(eDataType, initialValue);
      case CorePackage.LOCAL_TIME:
        return createLocalTimeFromString(eDataType, initialValue);
      case CorePackage.LOCAL_DATE_TIME:
        return createLocalDateTimeFromString(eDataType, initialValue);
      default:
        throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String convertToString(EDataType eDataType, Object instanceValue)
  {
    switch (eDataType.getClassifierID())
    {
      case CorePackage.CHANNEL:
        return convertChannelToString(eDataType, instanceValue);
      case CorePackage.WEEKDAY:
        return convertWeekdayToString(eDataType, instanceValue);
      case CorePackage.LOCAL_DATE:
        return convertLocalDateToString(eDataType, instanceValue);
      case CorePackage.LOCAL_TIME:
        return convertLocalTimeToString(eDataType, instanceValue);
      case CorePackage.LOCAL_DATE_TIME:
        return convertLocalDateTimeToString(eDataType, instanceValue);
      default:
        throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DateRange createDateRange()
  {
    DateRangeImpl dateRange = new DateRangeImpl();
    return dateRange;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ContactCenter createContactCenter()
  {
    ContactCenterImpl contactCenter = new ContactCenterImpl();
    return contactCenter;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Queue createQueue()
  {
    QueueImpl queue = new QueueImpl();
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public OpeningHours createOpeningHours()
  {
    OpeningHoursImpl openingHours = new OpeningHoursImpl();
    return openingHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public WeeklyHours createWeeklyHours()
  {
    WeeklyHoursImpl weeklyHours = new WeeklyHoursImpl();
    return weeklyHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public HoursException createHoursException()
  {
    HoursExceptionImpl hoursException = new HoursExceptionImpl();
    return hoursException;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Team createTeam()
  {
    TeamImpl team = new TeamImpl();
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Channel createChannelFromString(EDataType eDataType, String initialValue)
  {
    Channel result = Channel.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertChannelToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Weekday createWeekdayFromString(EDataType eDataType, String initialValue)
  {
    Weekday result = Weekday.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertWeekdayToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue)
  {
    return (LocalDate)super.createFromString(eDataType, initialValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLocalDateToString(EDataType eDataType, Object instanceValue)
  {
    return super.convertToString(eDataType, instanceValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public LocalTime createLocalTimeFromString(EDataType eDataType, String initialValue)
  {
    return (LocalTime)super.createFromString(eDataType, initialValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLocalTimeToString(EDataType eDataType, Object instanceValue)
  {
    return super.convertToString(eDataType, instanceValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue)
  {
    return (LocalDateTime)super.createFromString(eDataType, initialValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue)
  {
    return super.convertToString(eDataType, instanceValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CorePackage getCorePackage()
  {
    return (CorePackage)getEPackage();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @deprecated
   * @generated
   */
  @Deprecated
  public static CorePackage getPackage()
  {
    return CorePackage.eINSTANCE;
  }

} //CoreFactoryImpl
