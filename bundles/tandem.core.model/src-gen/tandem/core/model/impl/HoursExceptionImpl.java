/**
 */
package tandem.core.model.impl;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.core.model.CorePackage;
import tandem.core.model.HoursException;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hours Exception</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.impl.HoursExceptionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.core.model.impl.HoursExceptionImpl#getName <em>Name</em>}</li>
 *   <li>{@link tandem.core.model.impl.HoursExceptionImpl#isClosed <em>Closed</em>}</li>
 *   <li>{@link tandem.core.model.impl.HoursExceptionImpl#getOpens <em>Opens</em>}</li>
 *   <li>{@link tandem.core.model.impl.HoursExceptionImpl#getCloses <em>Closes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HoursExceptionImpl extends MinimalEObjectImpl.Container implements HoursException
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
   * The default value of the '{@link #getName() <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getName()
   * @generated
   * @ordered
   */
  protected static final String NAME_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getName()
   * @generated
   * @ordered
   */
  protected String name = NAME_EDEFAULT;

  /**
   * The default value of the '{@link #isClosed() <em>Closed</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isClosed()
   * @generated
   * @ordered
   */
  protected static final boolean CLOSED_EDEFAULT = true;

  /**
   * The cached value of the '{@link #isClosed() <em>Closed</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isClosed()
   * @generated
   * @ordered
   */
  protected boolean closed = CLOSED_EDEFAULT;

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
  protected HoursExceptionImpl()
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
    return CorePackage.Literals.HOURS_EXCEPTION;
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
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOURS_EXCEPTION__DATE, oldDate, date));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setName(String newName)
  {
    String oldName = name;
    name = newName;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOURS_EXCEPTION__NAME, oldName, name));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isClosed()
  {
    return closed;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setClosed(boolean newClosed)
  {
    boolean oldClosed = closed;
    closed = newClosed;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOURS_EXCEPTION__CLOSED, oldClosed, closed));
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
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOURS_EXCEPTION__OPENS, oldOpens, opens));
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
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOURS_EXCEPTION__CLOSES, oldCloses, closes));
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
      case CorePackage.HOURS_EXCEPTION__DATE:
        return getDate();
      case CorePackage.HOURS_EXCEPTION__NAME:
        return getName();
      case CorePackage.HOURS_EXCEPTION__CLOSED:
        return isClosed();
      case CorePackage.HOURS_EXCEPTION__OPENS:
        return getOpens();
      case CorePackage.HOURS_EXCEPTION__CLOSES:
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
      case CorePackage.HOURS_EXCEPTION__DATE:
        setDate((LocalDate)newValue);
        return;
      case CorePackage.HOURS_EXCEPTION__NAME:
        setName((String)newValue);
        return;
      case CorePackage.HOURS_EXCEPTION__CLOSED:
        setClosed((Boolean)newValue);
        return;
      case CorePackage.HOURS_EXCEPTION__OPENS:
        setOpens((LocalTime)newValue);
        return;
      case CorePackage.HOURS_EXCEPTION__CLOSES:
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
      case CorePackage.HOURS_EXCEPTION__DATE:
        setDate(DATE_EDEFAULT);
        return;
      case CorePackage.HOURS_EXCEPTION__NAME:
        setName(NAME_EDEFAULT);
        return;
      case CorePackage.HOURS_EXCEPTION__CLOSED:
        setClosed(CLOSED_EDEFAULT);
        return;
      case CorePackage.HOURS_EXCEPTION__OPENS:
        setOpens(OPENS_EDEFAULT);
        return;
      case CorePackage.HOURS_EXCEPTION__CLOSES:
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
      case CorePackage.HOURS_EXCEPTION__DATE:
        return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
      case CorePackage.HOURS_EXCEPTION__NAME:
        return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
      case CorePackage.HOURS_EXCEPTION__CLOSED:
        return closed != CLOSED_EDEFAULT;
      case CorePackage.HOURS_EXCEPTION__OPENS:
        return OPENS_EDEFAULT == null ? opens != null : !OPENS_EDEFAULT.equals(opens);
      case CorePackage.HOURS_EXCEPTION__CLOSES:
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
    result.append(" (date: ");
    result.append(date);
    result.append(", name: ");
    result.append(name);
    result.append(", closed: ");
    result.append(closed);
    result.append(", opens: ");
    result.append(opens);
    result.append(", closes: ");
    result.append(closes);
    result.append(')');
    return result.toString();
  }

} //HoursExceptionImpl
