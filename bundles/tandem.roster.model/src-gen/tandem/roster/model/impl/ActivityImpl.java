/**
 */
package tandem.roster.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.roster.model.Activity;
import tandem.roster.model.ActivityKind;
import tandem.roster.model.RosterPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.ActivityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ActivityImpl#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ActivityImpl#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ActivityImpl#getName <em>Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivityImpl extends MinimalEObjectImpl.Container implements Activity
{
  /**
   * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected static final ActivityKind KIND_EDEFAULT = ActivityKind.BREAK;

  /**
   * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected ActivityKind kind = KIND_EDEFAULT;

  /**
   * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStart()
   * @generated
   * @ordered
   */
  protected static final LocalDateTime START_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStart()
   * @generated
   * @ordered
   */
  protected LocalDateTime start = START_EDEFAULT;

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
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ActivityImpl()
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
    return RosterPackage.Literals.ACTIVITY;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ActivityKind getKind()
  {
    return kind;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKind(ActivityKind newKind)
  {
    ActivityKind oldKind = kind;
    kind = newKind == null ? KIND_EDEFAULT : newKind;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ACTIVITY__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDateTime getStart()
  {
    return start;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStart(LocalDateTime newStart)
  {
    LocalDateTime oldStart = start;
    start = newStart;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ACTIVITY__START, oldStart, start));
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
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ACTIVITY__LENGTH_MINUTES, oldLengthMinutes, lengthMinutes));
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
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ACTIVITY__NAME, oldName, name));
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
      case RosterPackage.ACTIVITY__KIND:
        return getKind();
      case RosterPackage.ACTIVITY__START:
        return getStart();
      case RosterPackage.ACTIVITY__LENGTH_MINUTES:
        return getLengthMinutes();
      case RosterPackage.ACTIVITY__NAME:
        return getName();
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
      case RosterPackage.ACTIVITY__KIND:
        setKind((ActivityKind)newValue);
        return;
      case RosterPackage.ACTIVITY__START:
        setStart((LocalDateTime)newValue);
        return;
      case RosterPackage.ACTIVITY__LENGTH_MINUTES:
        setLengthMinutes((Integer)newValue);
        return;
      case RosterPackage.ACTIVITY__NAME:
        setName((String)newValue);
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
      case RosterPackage.ACTIVITY__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case RosterPackage.ACTIVITY__START:
        setStart(START_EDEFAULT);
        return;
      case RosterPackage.ACTIVITY__LENGTH_MINUTES:
        setLengthMinutes(LENGTH_MINUTES_EDEFAULT);
        return;
      case RosterPackage.ACTIVITY__NAME:
        setName(NAME_EDEFAULT);
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
      case RosterPackage.ACTIVITY__KIND:
        return kind != KIND_EDEFAULT;
      case RosterPackage.ACTIVITY__START:
        return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
      case RosterPackage.ACTIVITY__LENGTH_MINUTES:
        return lengthMinutes != LENGTH_MINUTES_EDEFAULT;
      case RosterPackage.ACTIVITY__NAME:
        return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
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
    result.append(" (kind: ");
    result.append(kind);
    result.append(", start: ");
    result.append(start);
    result.append(", lengthMinutes: ");
    result.append(lengthMinutes);
    result.append(", name: ");
    result.append(name);
    result.append(')');
    return result.toString();
  }

} //ActivityImpl
