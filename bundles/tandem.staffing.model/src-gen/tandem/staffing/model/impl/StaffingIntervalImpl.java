/**
 */
package tandem.staffing.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.staffing.model.impl.StaffingIntervalImpl#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingIntervalImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingIntervalImpl#getLowerBound <em>Lower Bound</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingIntervalImpl#getUpperBound <em>Upper Bound</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingIntervalImpl#getAhtSeconds <em>Aht Seconds</em>}</li>
 *   <li>{@link tandem.staffing.model.impl.StaffingIntervalImpl#getScheduled <em>Scheduled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffingIntervalImpl extends MinimalEObjectImpl.Container implements StaffingInterval
{
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
   * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaseline()
   * @generated
   * @ordered
   */
  protected static final double BASELINE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBaseline()
   * @generated
   * @ordered
   */
  protected double baseline = BASELINE_EDEFAULT;

  /**
   * The default value of the '{@link #getLowerBound() <em>Lower Bound</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLowerBound()
   * @generated
   * @ordered
   */
  protected static final Double LOWER_BOUND_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLowerBound() <em>Lower Bound</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLowerBound()
   * @generated
   * @ordered
   */
  protected Double lowerBound = LOWER_BOUND_EDEFAULT;

  /**
   * The default value of the '{@link #getUpperBound() <em>Upper Bound</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUpperBound()
   * @generated
   * @ordered
   */
  protected static final Double UPPER_BOUND_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getUpperBound() <em>Upper Bound</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUpperBound()
   * @generated
   * @ordered
   */
  protected Double upperBound = UPPER_BOUND_EDEFAULT;

  /**
   * The default value of the '{@link #getAhtSeconds() <em>Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAhtSeconds()
   * @generated
   * @ordered
   */
  protected static final Double AHT_SECONDS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAhtSeconds() <em>Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAhtSeconds()
   * @generated
   * @ordered
   */
  protected Double ahtSeconds = AHT_SECONDS_EDEFAULT;

  /**
   * The default value of the '{@link #getScheduled() <em>Scheduled</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getScheduled()
   * @generated
   * @ordered
   */
  protected static final int SCHEDULED_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getScheduled() <em>Scheduled</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getScheduled()
   * @generated
   * @ordered
   */
  protected int scheduled = SCHEDULED_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected StaffingIntervalImpl()
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
    return StaffingPackage.Literals.STAFFING_INTERVAL;
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
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_INTERVAL__START, oldStart, start));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getBaseline()
  {
    return baseline;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setBaseline(double newBaseline)
  {
    double oldBaseline = baseline;
    baseline = newBaseline;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_INTERVAL__BASELINE, oldBaseline, baseline));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getLowerBound()
  {
    return lowerBound;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLowerBound(Double newLowerBound)
  {
    Double oldLowerBound = lowerBound;
    lowerBound = newLowerBound;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_INTERVAL__LOWER_BOUND, oldLowerBound, lowerBound));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getUpperBound()
  {
    return upperBound;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setUpperBound(Double newUpperBound)
  {
    Double oldUpperBound = upperBound;
    upperBound = newUpperBound;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_INTERVAL__UPPER_BOUND, oldUpperBound, upperBound));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Double getAhtSeconds()
  {
    return ahtSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAhtSeconds(Double newAhtSeconds)
  {
    Double oldAhtSeconds = ahtSeconds;
    ahtSeconds = newAhtSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_INTERVAL__AHT_SECONDS, oldAhtSeconds, ahtSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getScheduled()
  {
    return scheduled;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setScheduled(int newScheduled)
  {
    int oldScheduled = scheduled;
    scheduled = newScheduled;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, StaffingPackage.STAFFING_INTERVAL__SCHEDULED, oldScheduled, scheduled));
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
      case StaffingPackage.STAFFING_INTERVAL__START:
        return getStart();
      case StaffingPackage.STAFFING_INTERVAL__BASELINE:
        return getBaseline();
      case StaffingPackage.STAFFING_INTERVAL__LOWER_BOUND:
        return getLowerBound();
      case StaffingPackage.STAFFING_INTERVAL__UPPER_BOUND:
        return getUpperBound();
      case StaffingPackage.STAFFING_INTERVAL__AHT_SECONDS:
        return getAhtSeconds();
      case StaffingPackage.STAFFING_INTERVAL__SCHEDULED:
        return getScheduled();
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
      case StaffingPackage.STAFFING_INTERVAL__START:
        setStart((LocalDateTime)newValue);
        return;
      case StaffingPackage.STAFFING_INTERVAL__BASELINE:
        setBaseline((Double)newValue);
        return;
      case StaffingPackage.STAFFING_INTERVAL__LOWER_BOUND:
        setLowerBound((Double)newValue);
        return;
      case StaffingPackage.STAFFING_INTERVAL__UPPER_BOUND:
        setUpperBound((Double)newValue);
        return;
      case StaffingPackage.STAFFING_INTERVAL__AHT_SECONDS:
        setAhtSeconds((Double)newValue);
        return;
      case StaffingPackage.STAFFING_INTERVAL__SCHEDULED:
        setScheduled((Integer)newValue);
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
      case StaffingPackage.STAFFING_INTERVAL__START:
        setStart(START_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_INTERVAL__BASELINE:
        setBaseline(BASELINE_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_INTERVAL__LOWER_BOUND:
        setLowerBound(LOWER_BOUND_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_INTERVAL__UPPER_BOUND:
        setUpperBound(UPPER_BOUND_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_INTERVAL__AHT_SECONDS:
        setAhtSeconds(AHT_SECONDS_EDEFAULT);
        return;
      case StaffingPackage.STAFFING_INTERVAL__SCHEDULED:
        setScheduled(SCHEDULED_EDEFAULT);
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
      case StaffingPackage.STAFFING_INTERVAL__START:
        return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
      case StaffingPackage.STAFFING_INTERVAL__BASELINE:
        return baseline != BASELINE_EDEFAULT;
      case StaffingPackage.STAFFING_INTERVAL__LOWER_BOUND:
        return LOWER_BOUND_EDEFAULT == null ? lowerBound != null : !LOWER_BOUND_EDEFAULT.equals(lowerBound);
      case StaffingPackage.STAFFING_INTERVAL__UPPER_BOUND:
        return UPPER_BOUND_EDEFAULT == null ? upperBound != null : !UPPER_BOUND_EDEFAULT.equals(upperBound);
      case StaffingPackage.STAFFING_INTERVAL__AHT_SECONDS:
        return AHT_SECONDS_EDEFAULT == null ? ahtSeconds != null : !AHT_SECONDS_EDEFAULT.equals(ahtSeconds);
      case StaffingPackage.STAFFING_INTERVAL__SCHEDULED:
        return scheduled != SCHEDULED_EDEFAULT;
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
    result.append(" (start: ");
    result.append(start);
    result.append(", baseline: ");
    result.append(baseline);
    result.append(", lowerBound: ");
    result.append(lowerBound);
    result.append(", upperBound: ");
    result.append(upperBound);
    result.append(", ahtSeconds: ");
    result.append(ahtSeconds);
    result.append(", scheduled: ");
    result.append(scheduled);
    result.append(')');
    return result.toString();
  }

} //StaffingIntervalImpl
