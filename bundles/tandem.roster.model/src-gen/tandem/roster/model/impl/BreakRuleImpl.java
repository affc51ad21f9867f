/**
 */
package tandem.roster.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.roster.model.ActivityKind;
import tandem.roster.model.BreakRule;
import tandem.roster.model.RosterPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Break Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.BreakRuleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.roster.model.impl.BreakRuleImpl#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.BreakRuleImpl#getEarliestAfterMinutes <em>Earliest After Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.BreakRuleImpl#getLatestAfterMinutes <em>Latest After Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.BreakRuleImpl#isPaid <em>Paid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BreakRuleImpl extends MinimalEObjectImpl.Container implements BreakRule
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
   * The default value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLengthMinutes()
   * @generated
   * @ordered
   */
  protected static final int LENGTH_MINUTES_EDEFAULT = 15;

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
   * The default value of the '{@link #getEarliestAfterMinutes() <em>Earliest After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEarliestAfterMinutes()
   * @generated
   * @ordered
   */
  protected static final int EARLIEST_AFTER_MINUTES_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getEarliestAfterMinutes() <em>Earliest After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEarliestAfterMinutes()
   * @generated
   * @ordered
   */
  protected int earliestAfterMinutes = EARLIEST_AFTER_MINUTES_EDEFAULT;

  /**
   * The default value of the '{@link #getLatestAfterMinutes() <em>Latest After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLatestAfterMinutes()
   * @generated
   * @ordered
   */
  protected static final int LATEST_AFTER_MINUTES_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getLatestAfterMinutes() <em>Latest After Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLatestAfterMinutes()
   * @generated
   * @ordered
   */
  protected int latestAfterMinutes = LATEST_AFTER_MINUTES_EDEFAULT;

  /**
   * The default value of the '{@link #isPaid() <em>Paid</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isPaid()
   * @generated
   * @ordered
   */
  protected static final boolean PAID_EDEFAULT = true;

  /**
   * The cached value of the '{@link #isPaid() <em>Paid</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isPaid()
   * @generated
   * @ordered
   */
  protected boolean paid = PAID_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected BreakRuleImpl()
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
    return RosterPackage.Literals.BREAK_RULE;
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
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.BREAK_RULE__KIND, oldKind, kind));
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
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.BREAK_RULE__LENGTH_MINUTES, oldLengthMinutes, lengthMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getEarliestAfterMinutes()
  {
    return earliestAfterMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setEarliestAfterMinutes(int newEarliestAfterMinutes)
  {
    int oldEarliestAfterMinutes = earliestAfterMinutes;
    earliestAfterMinutes = newEarliestAfterMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.BREAK_RULE__EARLIEST_AFTER_MINUTES, oldEarliestAfterMinutes, earliestAfterMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getLatestAfterMinutes()
  {
    return latestAfterMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLatestAfterMinutes(int newLatestAfterMinutes)
  {
    int oldLatestAfterMinutes = latestAfterMinutes;
    latestAfterMinutes = newLatestAfterMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.BREAK_RULE__LATEST_AFTER_MINUTES, oldLatestAfterMinutes, latestAfterMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isPaid()
  {
    return paid;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPaid(boolean newPaid)
  {
    boolean oldPaid = paid;
    paid = newPaid;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.BREAK_RULE__PAID, oldPaid, paid));
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
      case RosterPackage.BREAK_RULE__KIND:
        return getKind();
      case RosterPackage.BREAK_RULE__LENGTH_MINUTES:
        return getLengthMinutes();
      case RosterPackage.BREAK_RULE__EARLIEST_AFTER_MINUTES:
        return getEarliestAfterMinutes();
      case RosterPackage.BREAK_RULE__LATEST_AFTER_MINUTES:
        return getLatestAfterMinutes();
      case RosterPackage.BREAK_RULE__PAID:
        return isPaid();
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
      case RosterPackage.BREAK_RULE__KIND:
        setKind((ActivityKind)newValue);
        return;
      case RosterPackage.BREAK_RULE__LENGTH_MINUTES:
        setLengthMinutes((Integer)newValue);
        return;
      case RosterPackage.BREAK_RULE__EARLIEST_AFTER_MINUTES:
        setEarliestAfterMinutes((Integer)newValue);
        return;
      case RosterPackage.BREAK_RULE__LATEST_AFTER_MINUTES:
        setLatestAfterMinutes((Integer)newValue);
        return;
      case RosterPackage.BREAK_RULE__PAID:
        setPaid((Boolean)newValue);
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
      case RosterPackage.BREAK_RULE__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case RosterPackage.BREAK_RULE__LENGTH_MINUTES:
        setLengthMinutes(LENGTH_MINUTES_EDEFAULT);
        return;
      case RosterPackage.BREAK_RULE__EARLIEST_AFTER_MINUTES:
        setEarliestAfterMinutes(EARLIEST_AFTER_MINUTES_EDEFAULT);
        return;
      case RosterPackage.BREAK_RULE__LATEST_AFTER_MINUTES:
        setLatestAfterMinutes(LATEST_AFTER_MINUTES_EDEFAULT);
        return;
      case RosterPackage.BREAK_RULE__PAID:
        setPaid(PAID_EDEFAULT);
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
      case RosterPackage.BREAK_RULE__KIND:
        return kind != KIND_EDEFAULT;
      case RosterPackage.BREAK_RULE__LENGTH_MINUTES:
        return lengthMinutes != LENGTH_MINUTES_EDEFAULT;
      case RosterPackage.BREAK_RULE__EARLIEST_AFTER_MINUTES:
        return earliestAfterMinutes != EARLIEST_AFTER_MINUTES_EDEFAULT;
      case RosterPackage.BREAK_RULE__LATEST_AFTER_MINUTES:
        return latestAfterMinutes != LATEST_AFTER_MINUTES_EDEFAULT;
      case RosterPackage.BREAK_RULE__PAID:
        return paid != PAID_EDEFAULT;
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
    result.append(", lengthMinutes: ");
    result.append(lengthMinutes);
    result.append(", earliestAfterMinutes: ");
    result.append(earliestAfterMinutes);
    result.append(", latestAfterMinutes: ");
    result.append(latestAfterMinutes);
    result.append(", paid: ");
    result.append(paid);
    result.append(')');
    return result.toString();
  }

} //BreakRuleImpl
