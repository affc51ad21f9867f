/**
 */
package tandem.core.model.impl;

import java.time.LocalTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.core.model.CorePackage;
import tandem.core.model.Weekday;
import tandem.core.model.WeeklyHours;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Weekly Hours</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.impl.WeeklyHoursImpl#getDay <em>Day</em>}</li>
 *   <li>{@link tandem.core.model.impl.WeeklyHoursImpl#getOpens <em>Opens</em>}</li>
 *   <li>{@link tandem.core.model.impl.WeeklyHoursImpl#getCloses <em>Closes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WeeklyHoursImpl extends MinimalEObjectImpl.Container implements WeeklyHours
{
  /**
   * The default value of the '{@link #getDay() <em>Day</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDay()
   * @generated
   * @ordered
   */
  protected static final Weekday DAY_EDEFAULT = Weekday.MONDAY;

  /**
   * The cached value of the '{@link #getDay() <em>Day</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDay()
   * @generated
   * @ordered
   */
  protected Weekday day = DAY_EDEFAULT;

  /**
   * The default value of the '{@link #getOpens() <em>Opens</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpens()
   * @generated
   * @ordered
   */
  protected static final LocalTime OPENS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOpens() <em>Opens</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpens()
   * @generated
   * @ordered
   */
  protected LocalTime opens = OPENS_EDEFAULT;

  /**
   * The default value of the '{@link #getCloses() <em>Closes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCloses()
   * @generated
   * @ordered
   */
  protected static final LocalTime CLOSES_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCloses() <em>Closes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCloses()
   * @generated
   * @ordered
   */
  protected LocalTime closes = CLOSES_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected WeeklyHoursImpl()
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
    return CorePackage.Literals.WEEKLY_HOURS;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Weekday getDay()
  {
    return day;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDay(Weekday newDay)
  {
    Weekday oldDay = day;
    day = newDay == null ? DAY_EDEFAULT : newDay;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.WEEKLY_HOURS__DAY, oldDay, day));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getOpens()
  {
    return opens;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOpens(LocalTime newOpens)
  {
    LocalTime oldOpens = opens;
    opens = newOpens;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.WEEKLY_HOURS__OPENS, oldOpens, opens));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getCloses()
  {
    return closes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCloses(LocalTime newCloses)
  {
    LocalTime oldCloses = closes;
    closes = newCloses;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.WEEKLY_HOURS__CLOSES, oldCloses, closes));
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
      case CorePackage.WEEKLY_HOURS__DAY:
        return getDay();
      case CorePackage.WEEKLY_HOURS__OPENS:
        return getOpens();
      case CorePackage.WEEKLY_HOURS__CLOSES:
        return getCloses();
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
      case CorePackage.WEEKLY_HOURS__DAY:
        setDay((Weekday)newValue);
        return;
      case CorePackage.WEEKLY_HOURS__OPENS:
        setOpens((LocalTime)newValue);
        return;
      case CorePackage.WEEKLY_HOURS__CLOSES:
        setCloses((LocalTime)newValue);
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
      case CorePackage.WEEKLY_HOURS__DAY:
        setDay(DAY_EDEFAULT);
        return;
      case CorePackage.WEEKLY_HOURS__OPENS:
        setOpens(OPENS_EDEFAULT);
        return;
      case CorePackage.WEEKLY_HOURS__CLOSES:
        setCloses(CLOSES_EDEFAULT);
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
      case CorePackage.WEEKLY_HOURS__DAY:
        return day != DAY_EDEFAULT;
      case CorePackage.WEEKLY_HOURS__OPENS:
        return OPENS_EDEFAULT == null ? opens != null : !OPENS_EDEFAULT.equals(opens);
      case CorePackage.WEEKLY_HOURS__CLOSES:
        return CLOSES_EDEFAULT == null ? closes != null : !CLOSES_EDEFAULT.equals(closes);
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
    result.append(" (day: ");
    result.append(day);
    result.append(", opens: ");
    result.append(opens);
    result.append(", closes: ");
    result.append(closes);
    result.append(')');
    return result.toString();
  }

} //WeeklyHoursImpl
