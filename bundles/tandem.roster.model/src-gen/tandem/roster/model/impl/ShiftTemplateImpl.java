/**
 */
package tandem.roster.model.impl;

import java.time.LocalTime;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.Weekday;

import tandem.core.model.impl.NamedElementImpl;

import tandem.roster.model.BreakRule;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.ShiftTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shift Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.ShiftTemplateImpl#getEarliestStart <em>Earliest Start</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftTemplateImpl#getLatestStart <em>Latest Start</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftTemplateImpl#getStartStepMinutes <em>Start Step Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftTemplateImpl#getLengthsMinutes <em>Lengths Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftTemplateImpl#getDays <em>Days</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftTemplateImpl#getBreaks <em>Breaks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShiftTemplateImpl extends NamedElementImpl implements ShiftTemplate
{
  /**
   * The default value of the '{@link #getEarliestStart() <em>Earliest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEarliestStart()
   * @generated
   * @ordered
   */
  protected static final LocalTime EARLIEST_START_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getEarliestStart() <em>Earliest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEarliestStart()
   * @generated
   * @ordered
   */
  protected LocalTime earliestStart = EARLIEST_START_EDEFAULT;

  /**
   * The default value of the '{@link #getLatestStart() <em>Latest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLatestStart()
   * @generated
   * @ordered
   */
  protected static final LocalTime LATEST_START_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLatestStart() <em>Latest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLatestStart()
   * @generated
   * @ordered
   */
  protected LocalTime latestStart = LATEST_START_EDEFAULT;

  /**
   * The default value of the '{@link #getStartStepMinutes() <em>Start Step Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartStepMinutes()
   * @generated
   * @ordered
   */
  protected static final int START_STEP_MINUTES_EDEFAULT = 30;

  /**
   * The cached value of the '{@link #getStartStepMinutes() <em>Start Step Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartStepMinutes()
   * @generated
   * @ordered
   */
  protected int startStepMinutes = START_STEP_MINUTES_EDEFAULT;

  /**
   * The cached value of the '{@link #getLengthsMinutes() <em>Lengths Minutes</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLengthsMinutes()
   * @generated
   * @ordered
   */
  protected EList<Integer> lengthsMinutes;

  /**
   * The cached value of the '{@link #getDays() <em>Days</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDays()
   * @generated
   * @ordered
   */
  protected EList<Weekday> days;

  /**
   * The cached value of the '{@link #getBreaks() <em>Breaks</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getBreaks()
   * @generated
   * @ordered
   */
  protected EList<BreakRule> breaks;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ShiftTemplateImpl()
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
    return RosterPackage.Literals.SHIFT_TEMPLATE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getEarliestStart()
  {
    return earliestStart;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setEarliestStart(LocalTime newEarliestStart)
  {
    LocalTime oldEarliestStart = earliestStart;
    earliestStart = newEarliestStart;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT_TEMPLATE__EARLIEST_START, oldEarliestStart, earliestStart));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getLatestStart()
  {
    return latestStart;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLatestStart(LocalTime newLatestStart)
  {
    LocalTime oldLatestStart = latestStart;
    latestStart = newLatestStart;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT_TEMPLATE__LATEST_START, oldLatestStart, latestStart));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getStartStepMinutes()
  {
    return startStepMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStartStepMinutes(int newStartStepMinutes)
  {
    int oldStartStepMinutes = startStepMinutes;
    startStepMinutes = newStartStepMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT_TEMPLATE__START_STEP_MINUTES, oldStartStepMinutes, startStepMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Integer> getLengthsMinutes()
  {
    if (lengthsMinutes == null)
    {
      lengthsMinutes = new EDataTypeUniqueEList<Integer>(Integer.class, this, RosterPackage.SHIFT_TEMPLATE__LENGTHS_MINUTES);
    }
    return lengthsMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Weekday> getDays()
  {
    if (days == null)
    {
      days = new EDataTypeUniqueEList<Weekday>(Weekday.class, this, RosterPackage.SHIFT_TEMPLATE__DAYS);
    }
    return days;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<BreakRule> getBreaks()
  {
    if (breaks == null)
    {
      breaks = new EObjectContainmentEList<BreakRule>(BreakRule.class, this, RosterPackage.SHIFT_TEMPLATE__BREAKS);
    }
    return breaks;
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
      case RosterPackage.SHIFT_TEMPLATE__BREAKS:
        return ((InternalEList<?>)getBreaks()).basicRemove(otherEnd, msgs);
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
      case RosterPackage.SHIFT_TEMPLATE__EARLIEST_START:
        return getEarliestStart();
      case RosterPackage.SHIFT_TEMPLATE__LATEST_START:
        return getLatestStart();
      case RosterPackage.SHIFT_TEMPLATE__START_STEP_MINUTES:
        return getStartStepMinutes();
      case RosterPackage.SHIFT_TEMPLATE__LENGTHS_MINUTES:
        return getLengthsMinutes();
      case RosterPackage.SHIFT_TEMPLATE__DAYS:
        return getDays();
      case RosterPackage.SHIFT_TEMPLATE__BREAKS:
        return getBreaks();
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
      case RosterPackage.SHIFT_TEMPLATE__EARLIEST_START:
        setEarliestStart((LocalTime)newValue);
        return;
      case RosterPackage.SHIFT_TEMPLATE__LATEST_START:
        setLatestStart((LocalTime)newValue);
        return;
      case RosterPackage.SHIFT_TEMPLATE__START_STEP_MINUTES:
        setStartStepMinutes((Integer)newValue);
        return;
      case RosterPackage.SHIFT_TEMPLATE__LENGTHS_MINUTES:
        getLengthsMinutes().clear();
        getLengthsMinutes().addAll((Collection<? extends Integer>)newValue);
        return;
      case RosterPackage.SHIFT_TEMPLATE__DAYS:
        getDays().clear();
        getDays().addAll((Collection<? extends Weekday>)newValue);
        return;
      case RosterPackage.SHIFT_TEMPLATE__BREAKS:
        getBreaks().clear();
        getBreaks().addAll((Collection<? extends BreakRule>)newValue);
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
      case RosterPackage.SHIFT_TEMPLATE__EARLIEST_START:
        setEarliestStart(EARLIEST_START_EDEFAULT);
        return;
      case RosterPackage.SHIFT_TEMPLATE__LATEST_START:
        setLatestStart(LATEST_START_EDEFAULT);
        return;
      case RosterPackage.SHIFT_TEMPLATE__START_STEP_MINUTES:
        setStartStepMinutes(START_STEP_MINUTES_EDEFAULT);
        return;
      case RosterPackage.SHIFT_TEMPLATE__LENGTHS_MINUTES:
        getLengthsMinutes().clear();
        return;
      case RosterPackage.SHIFT_TEMPLATE__DAYS:
        getDays().clear();
        return;
      case RosterPackage.SHIFT_TEMPLATE__BREAKS:
        getBreaks().clear();
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
      case RosterPackage.SHIFT_TEMPLATE__EARLIEST_START:
        return EARLIEST_START_EDEFAULT == null ? earliestStart != null : !EARLIEST_START_EDEFAULT.equals(earliestStart);
      case RosterPackage.SHIFT_TEMPLATE__LATEST_START:
        return LATEST_START_EDEFAULT == null ? latestStart != null : !LATEST_START_EDEFAULT.equals(latestStart);
      case RosterPackage.SHIFT_TEMPLATE__START_STEP_MINUTES:
        return startStepMinutes != START_STEP_MINUTES_EDEFAULT;
      case RosterPackage.SHIFT_TEMPLATE__LENGTHS_MINUTES:
        return lengthsMinutes != null && !lengthsMinutes.isEmpty();
      case RosterPackage.SHIFT_TEMPLATE__DAYS:
        return days != null && !days.isEmpty();
      case RosterPackage.SHIFT_TEMPLATE__BREAKS:
        return breaks != null && !breaks.isEmpty();
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
    result.append(" (earliestStart: ");
    result.append(earliestStart);
    result.append(", latestStart: ");
    result.append(latestStart);
    result.append(", startStepMinutes: ");
    result.append(startStepMinutes);
    result.append(", lengthsMinutes: ");
    result.append(lengthsMinutes);
    result.append(", days: ");
    result.append(days);
    result.append(')');
    return result.toString();
  }

} //ShiftTemplateImpl
