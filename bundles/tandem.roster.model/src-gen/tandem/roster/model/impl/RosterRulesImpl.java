/**
 */
package tandem.roster.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.roster.model.RosterPackage;
import tandem.roster.model.RosterRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rules</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.RosterRulesImpl#getMinRestHours <em>Min Rest Hours</em>}</li>
 *   <li>{@link tandem.roster.model.impl.RosterRulesImpl#getMaxConsecutiveDays <em>Max Consecutive Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RosterRulesImpl extends MinimalEObjectImpl.Container implements RosterRules
{
  /**
   * The default value of the '{@link #getMinRestHours() <em>Min Rest Hours</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMinRestHours()
   * @generated
   * @ordered
   */
  protected static final double MIN_REST_HOURS_EDEFAULT = 11.0;

  /**
   * The cached value of the '{@link #getMinRestHours() <em>Min Rest Hours</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMinRestHours()
   * @generated
   * @ordered
   */
  protected double minRestHours = MIN_REST_HOURS_EDEFAULT;

  /**
   * The default value of the '{@link #getMaxConsecutiveDays() <em>Max Consecutive Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMaxConsecutiveDays()
   * @generated
   * @ordered
   */
  protected static final int MAX_CONSECUTIVE_DAYS_EDEFAULT = 6;

  /**
   * The cached value of the '{@link #getMaxConsecutiveDays() <em>Max Consecutive Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMaxConsecutiveDays()
   * @generated
   * @ordered
   */
  protected int maxConsecutiveDays = MAX_CONSECUTIVE_DAYS_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected RosterRulesImpl()
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
    return RosterPackage.Literals.ROSTER_RULES;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getMinRestHours()
  {
    return minRestHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMinRestHours(double newMinRestHours)
  {
    double oldMinRestHours = minRestHours;
    minRestHours = newMinRestHours;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ROSTER_RULES__MIN_REST_HOURS, oldMinRestHours, minRestHours));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getMaxConsecutiveDays()
  {
    return maxConsecutiveDays;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMaxConsecutiveDays(int newMaxConsecutiveDays)
  {
    int oldMaxConsecutiveDays = maxConsecutiveDays;
    maxConsecutiveDays = newMaxConsecutiveDays;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ROSTER_RULES__MAX_CONSECUTIVE_DAYS, oldMaxConsecutiveDays, maxConsecutiveDays));
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
      case RosterPackage.ROSTER_RULES__MIN_REST_HOURS:
        return getMinRestHours();
      case RosterPackage.ROSTER_RULES__MAX_CONSECUTIVE_DAYS:
        return getMaxConsecutiveDays();
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
      case RosterPackage.ROSTER_RULES__MIN_REST_HOURS:
        setMinRestHours((Double)newValue);
        return;
      case RosterPackage.ROSTER_RULES__MAX_CONSECUTIVE_DAYS:
        setMaxConsecutiveDays((Integer)newValue);
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
      case RosterPackage.ROSTER_RULES__MIN_REST_HOURS:
        setMinRestHours(MIN_REST_HOURS_EDEFAULT);
        return;
      case RosterPackage.ROSTER_RULES__MAX_CONSECUTIVE_DAYS:
        setMaxConsecutiveDays(MAX_CONSECUTIVE_DAYS_EDEFAULT);
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
      case RosterPackage.ROSTER_RULES__MIN_REST_HOURS:
        return minRestHours != MIN_REST_HOURS_EDEFAULT;
      case RosterPackage.ROSTER_RULES__MAX_CONSECUTIVE_DAYS:
        return maxConsecutiveDays != MAX_CONSECUTIVE_DAYS_EDEFAULT;
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
    result.append(" (minRestHours: ");
    result.append(minRestHours);
    result.append(", maxConsecutiveDays: ");
    result.append(maxConsecutiveDays);
    result.append(')');
    return result.toString();
  }

} //RosterRulesImpl
