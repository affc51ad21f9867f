/**
 */
package tandem.training.model.impl;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.core.model.impl.IdentifiedImpl;

import tandem.training.model.Audience;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.impl.SessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.training.model.impl.SessionImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link tandem.training.model.impl.SessionImpl#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.training.model.impl.SessionImpl#getTrainer <em>Trainer</em>}</li>
 *   <li>{@link tandem.training.model.impl.SessionImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link tandem.training.model.impl.SessionImpl#getAudience <em>Audience</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends IdentifiedImpl implements Session
{
  /**
   * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected LocalDate date = DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartTime()
   * @generated
   * @ordered
   */
  protected static final LocalTime START_TIME_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartTime()
   * @generated
   * @ordered
   */
  protected LocalTime startTime = START_TIME_EDEFAULT;

  /**
   * The default value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLengthMinutes()
   * @generated
   * @ordered
   */
  protected static final int LENGTH_MINUTES_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLengthMinutes()
   * @generated
   * @ordered
   */
  protected int lengthMinutes = LENGTH_MINUTES_EDEFAULT;

  /**
   * The default value of the '{@link #getTrainer() <em>Trainer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTrainer()
   * @generated
   * @ordered
   */
  protected static final String TRAINER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getTrainer() <em>Trainer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTrainer()
   * @generated
   * @ordered
   */
  protected String trainer = TRAINER_EDEFAULT;

  /**
   * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCapacity()
   * @generated
   * @ordered
   */
  protected static final int CAPACITY_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCapacity()
   * @generated
   * @ordered
   */
  protected int capacity = CAPACITY_EDEFAULT;

  /**
   * The cached value of the '{@link #getAudience() <em>Audience</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudience()
   * @generated
   * @ordered
   */
  protected Audience audience;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected SessionImpl()
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
    return TrainingPackage.Literals.SESSION;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDate()
  {
    return date;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDate(LocalDate newDate)
  {
    LocalDate oldDate = date;
    date = newDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.SESSION__DATE, oldDate, date));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getStartTime()
  {
    return startTime;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStartTime(LocalTime newStartTime)
  {
    LocalTime oldStartTime = startTime;
    startTime = newStartTime;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.SESSION__START_TIME, oldStartTime, startTime));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getLengthMinutes()
  {
    return lengthMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLengthMinutes(int newLengthMinutes)
  {
    int oldLengthMinutes = lengthMinutes;
    lengthMinutes = newLengthMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.SESSION__LENGTH_MINUTES, oldLengthMinutes, lengthMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getTrainer()
  {
    return trainer;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTrainer(String newTrainer)
  {
    String oldTrainer = trainer;
    trainer = newTrainer;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.SESSION__TRAINER, oldTrainer, trainer));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getCapacity()
  {
    return capacity;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCapacity(int newCapacity)
  {
    int oldCapacity = capacity;
    capacity = newCapacity;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.SESSION__CAPACITY, oldCapacity, capacity));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Audience getAudience()
  {
    if (audience != null && audience.eIsProxy())
    {
      InternalEObject oldAudience = (InternalEObject)audience;
      audience = (Audience)eResolveProxy(oldAudience);
      if (audience != oldAudience)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.SESSION__AUDIENCE, oldAudience, audience));
      }
    }
    return audience;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Audience basicGetAudience()
  {
    return audience;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAudience(Audience newAudience)
  {
    Audience oldAudience = audience;
    audience = newAudience;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.SESSION__AUDIENCE, oldAudience, audience));
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
      case TrainingPackage.SESSION__DATE:
        return getDate();
      case TrainingPackage.SESSION__START_TIME:
        return getStartTime();
      case TrainingPackage.SESSION__LENGTH_MINUTES:
        return getLengthMinutes();
      case TrainingPackage.SESSION__TRAINER:
        return getTrainer();
      case TrainingPackage.SESSION__CAPACITY:
        return getCapacity();
      case TrainingPackage.SESSION__AUDIENCE:
        if (resolve) return getAudience();
        return basicGetAudience();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case TrainingPackage.SESSION__DATE:
        setDate((LocalDate)newValue);
        return;
      case TrainingPackage.SESSION__START_TIME:
        setStartTime((LocalTime)newValue);
        return;
      case TrainingPackage.SESSION__LENGTH_MINUTES:
        setLengthMinutes((Integer)newValue);
        return;
      case TrainingPackage.SESSION__TRAINER:
        setTrainer((String)newValue);
        return;
      case TrainingPackage.SESSION__CAPACITY:
        setCapacity((Integer)newValue);
        return;
      case TrainingPackage.SESSION__AUDIENCE:
        setAudience((Audience)newValue);
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
      case TrainingPackage.SESSION__DATE:
        setDate(DATE_EDEFAULT);
        return;
      case TrainingPackage.SESSION__START_TIME:
        setStartTime(START_TIME_EDEFAULT);
        return;
      case TrainingPackage.SESSION__LENGTH_MINUTES:
        setLengthMinutes(LENGTH_MINUTES_EDEFAULT);
        return;
      case TrainingPackage.SESSION__TRAINER:
        setTrainer(TRAINER_EDEFAULT);
        return;
      case TrainingPackage.SESSION__CAPACITY:
        setCapacity(CAPACITY_EDEFAULT);
        return;
      case TrainingPackage.SESSION__AUDIENCE:
        setAudience((Audience)null);
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
      case TrainingPackage.SESSION__DATE:
        return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
      case TrainingPackage.SESSION__START_TIME:
        return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
      case TrainingPackage.SESSION__LENGTH_MINUTES:
        return lengthMinutes != LENGTH_MINUTES_EDEFAULT;
      case TrainingPackage.SESSION__TRAINER:
        return TRAINER_EDEFAULT == null ? trainer != null : !TRAINER_EDEFAULT.equals(trainer);
      case TrainingPackage.SESSION__CAPACITY:
        return capacity != CAPACITY_EDEFAULT;
      case TrainingPackage.SESSION__AUDIENCE:
        return audience != null;
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
    result.append(" (date: ");
    result.append(date);
    result.append(", startTime: ");
    result.append(startTime);
    result.append(", lengthMinutes: ");
    result.append(lengthMinutes);
    result.append(", trainer: ");
    result.append(trainer);
    result.append(", capacity: ");
    result.append(capacity);
    result.append(')');
    return result.toString();
  }

} //SessionImpl
