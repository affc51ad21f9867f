/**
 */
package tandem.core.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.CorePackage;
import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.WeeklyHours;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opening Hours</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.impl.OpeningHoursImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link tandem.core.model.impl.OpeningHoursImpl#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link tandem.core.model.impl.OpeningHoursImpl#getExceptions <em>Exceptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpeningHoursImpl extends NamedElementImpl implements OpeningHours
{
  /**
   * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTimeZone()
   * @generated
   * @ordered
   */
  protected static final String TIME_ZONE_EDEFAULT = "UTC";

  /**
   * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTimeZone()
   * @generated
   * @ordered
   */
  protected String timeZone = TIME_ZONE_EDEFAULT;

  /**
   * The cached value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getWeeklyHours()
   * @generated
   * @ordered
   */
  protected EList<WeeklyHours> weeklyHours;

  /**
   * The cached value of the '{@link #getExceptions() <em>Exceptions</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getExceptions()
   * @generated
   * @ordered
   */
  protected EList<HoursException> exceptions;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected OpeningHoursImpl()
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
    return CorePackage.Literals.OPENING_HOURS;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getTimeZone()
  {
    return timeZone;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTimeZone(String newTimeZone)
  {
    String oldTimeZone = timeZone;
    timeZone = newTimeZone;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.OPENING_HOURS__TIME_ZONE, oldTimeZone, timeZone));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<WeeklyHours> getWeeklyHours()
  {
    if (weeklyHours == null)
    {
      weeklyHours = new EObjectContainmentEList<WeeklyHours>(WeeklyHours.class, this, CorePackage.OPENING_HOURS__WEEKLY_HOURS);
    }
    return weeklyHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<HoursException> getExceptions()
  {
    if (exceptions == null)
    {
      exceptions = new EObjectContainmentEList<HoursException>(HoursException.class, this, CorePackage.OPENING_HOURS__EXCEPTIONS);
    }
    return exceptions;
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
      case CorePackage.OPENING_HOURS__WEEKLY_HOURS:
        return ((InternalEList<?>)getWeeklyHours()).basicRemove(otherEnd, msgs);
      case CorePackage.OPENING_HOURS__EXCEPTIONS:
        return ((InternalEList<?>)getExceptions()).basicRemove(otherEnd, msgs);
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
      case CorePackage.OPENING_HOURS__TIME_ZONE:
        return getTimeZone();
      case CorePackage.OPENING_HOURS__WEEKLY_HOURS:
        return getWeeklyHours();
      case CorePackage.OPENING_HOURS__EXCEPTIONS:
        return getExceptions();
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
      case CorePackage.OPENING_HOURS__TIME_ZONE:
        setTimeZone((String)newValue);
        return;
      case CorePackage.OPENING_HOURS__WEEKLY_HOURS:
        getWeeklyHours().clear();
        getWeeklyHours().addAll((Collection<? extends WeeklyHours>)newValue);
        return;
      case CorePackage.OPENING_HOURS__EXCEPTIONS:
        getExceptions().clear();
        getExceptions().addAll((Collection<? extends HoursException>)newValue);
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
      case CorePackage.OPENING_HOURS__TIME_ZONE:
        setTimeZone(TIME_ZONE_EDEFAULT);
        return;
      case CorePackage.OPENING_HOURS__WEEKLY_HOURS:
        getWeeklyHours().clear();
        return;
      case CorePackage.OPENING_HOURS__EXCEPTIONS:
        getExceptions().clear();
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
      case CorePackage.OPENING_HOURS__TIME_ZONE:
        return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
      case CorePackage.OPENING_HOURS__WEEKLY_HOURS:
        return weeklyHours != null && !weeklyHours.isEmpty();
      case CorePackage.OPENING_HOURS__EXCEPTIONS:
        return exceptions != null && !exceptions.isEmpty();
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
    result.append(" (timeZone: ");
    result.append(timeZone);
    result.append(')');
    return result.toString();
  }

} //OpeningHoursImpl
