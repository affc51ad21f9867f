/**
 */
package tandem.roster.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.impl.PlanDocumentImpl;

import tandem.roster.model.Agent;
import tandem.roster.model.Roster;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.RosterRules;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;

import tandem.training.model.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.RosterImpl#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.RosterImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link tandem.roster.model.impl.RosterImpl#getAgents <em>Agents</em>}</li>
 *   <li>{@link tandem.roster.model.impl.RosterImpl#getShiftTemplates <em>Shift Templates</em>}</li>
 *   <li>{@link tandem.roster.model.impl.RosterImpl#getTrainingPlans <em>Training Plans</em>}</li>
 *   <li>{@link tandem.roster.model.impl.RosterImpl#getShifts <em>Shifts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RosterImpl extends PlanDocumentImpl implements Roster
{
  /**
   * The default value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervalMinutes()
   * @generated
   * @ordered
   */
  protected static final int INTERVAL_MINUTES_EDEFAULT = 15;

  /**
   * The cached value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervalMinutes()
   * @generated
   * @ordered
   */
  protected int intervalMinutes = INTERVAL_MINUTES_EDEFAULT;

  /**
   * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRules()
   * @generated
   * @ordered
   */
  protected RosterRules rules;

  /**
   * The cached value of the '{@link #getAgents() <em>Agents</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAgents()
   * @generated
   * @ordered
   */
  protected EList<Agent> agents;

  /**
   * The cached value of the '{@link #getShiftTemplates() <em>Shift Templates</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getShiftTemplates()
   * @generated
   * @ordered
   */
  protected EList<ShiftTemplate> shiftTemplates;

  /**
   * The cached value of the '{@link #getTrainingPlans() <em>Training Plans</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTrainingPlans()
   * @generated
   * @ordered
   */
  protected EList<TrainingPlan> trainingPlans;

  /**
   * The cached value of the '{@link #getShifts() <em>Shifts</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getShifts()
   * @generated
   * @ordered
   */
  protected EList<Shift> shifts;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected RosterImpl()
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
    return RosterPackage.Literals.ROSTER;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getIntervalMinutes()
  {
    return intervalMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setIntervalMinutes(int newIntervalMinutes)
  {
    int oldIntervalMinutes = intervalMinutes;
    intervalMinutes = newIntervalMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ROSTER__INTERVAL_MINUTES, oldIntervalMinutes, intervalMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RosterRules getRules()
  {
    return rules;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public NotificationChain basicSetRules(RosterRules newRules, NotificationChain msgs)
  {
    RosterRules oldRules = rules;
    rules = newRules;
    if (eNotificationRequired())
    {
      ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RosterPackage.ROSTER__RULES, oldRules, newRules);
      if (msgs == null) msgs = notification; else msgs.add(notification);
    }
    return msgs;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRules(RosterRules newRules)
  {
    if (newRules != rules)
    {
      NotificationChain msgs = null;
      if (rules != null)
        msgs = ((InternalEObject)rules).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RosterPackage.ROSTER__RULES, null, msgs);
      if (newRules != null)
        msgs = ((InternalEObject)newRules).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RosterPackage.ROSTER__RULES, null, msgs);
      msgs = basicSetRules(newRules, msgs);
      if (msgs != null) msgs.dispatch();
    }
    else if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.ROSTER__RULES, newRules, newRules));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Agent> getAgents()
  {
    if (agents == null)
    {
      agents = new EObjectContainmentEList<Agent>(Agent.class, this, RosterPackage.ROSTER__AGENTS);
    }
    return agents;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<ShiftTemplate> getShiftTemplates()
  {
    if (shiftTemplates == null)
    {
      shiftTemplates = new EObjectContainmentEList<ShiftTemplate>(ShiftTemplate.class, this, RosterPackage.ROSTER__SHIFT_TEMPLATES);
    }
    return shiftTemplates;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<TrainingPlan> getTrainingPlans()
  {
    if (trainingPlans == null)
    {
      trainingPlans = new EObjectResolvingEList<TrainingPlan>(TrainingPlan.class, this, RosterPackage.ROSTER__TRAINING_PLANS);
    }
    return trainingPlans;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Shift> getShifts()
  {
    if (shifts == null)
    {
      shifts = new EObjectContainmentEList<Shift>(Shift.class, this, RosterPackage.ROSTER__SHIFTS);
    }
    return shifts;
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
      case RosterPackage.ROSTER__RULES:
        return basicSetRules(null, msgs);
      case RosterPackage.ROSTER__AGENTS:
        return ((InternalEList<?>)getAgents()).basicRemove(otherEnd, msgs);
      case RosterPackage.ROSTER__SHIFT_TEMPLATES:
        return ((InternalEList<?>)getShiftTemplates()).basicRemove(otherEnd, msgs);
      case RosterPackage.ROSTER__SHIFTS:
        return ((InternalEList<?>)getShifts()).basicRemove(otherEnd, msgs);
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
      case RosterPackage.ROSTER__INTERVAL_MINUTES:
        return getIntervalMinutes();
      case RosterPackage.ROSTER__RULES:
        return getRules();
      case RosterPackage.ROSTER__AGENTS:
        return getAgents();
      case RosterPackage.ROSTER__SHIFT_TEMPLATES:
        return getShiftTemplates();
      case RosterPackage.ROSTER__TRAINING_PLANS:
        return getTrainingPlans();
      case RosterPackage.ROSTER__SHIFTS:
        return getShifts();
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
      case RosterPackage.ROSTER__INTERVAL_MINUTES:
        setIntervalMinutes((Integer)newValue);
        return;
      case RosterPackage.ROSTER__RULES:
        setRules((RosterRules)newValue);
        return;
      case RosterPackage.ROSTER__AGENTS:
        getAgents().clear();
        getAgents().addAll((Collection<? extends Agent>)newValue);
        return;
      case RosterPackage.ROSTER__SHIFT_TEMPLATES:
        getShiftTemplates().clear();
        getShiftTemplates().addAll((Collection<? extends ShiftTemplate>)newValue);
        return;
      case RosterPackage.ROSTER__TRAINING_PLANS:
        getTrainingPlans().clear();
        getTrainingPlans().addAll((Collection<? extends TrainingPlan>)newValue);
        return;
      case RosterPackage.ROSTER__SHIFTS:
        getShifts().clear();
        getShifts().addAll((Collection<? extends Shift>)newValue);
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
      case RosterPackage.ROSTER__INTERVAL_MINUTES:
        setIntervalMinutes(INTERVAL_MINUTES_EDEFAULT);
        return;
      case RosterPackage.ROSTER__RULES:
        setRules((RosterRules)null);
        return;
      case RosterPackage.ROSTER__AGENTS:
        getAgents().clear();
        return;
      case RosterPackage.ROSTER__SHIFT_TEMPLATES:
        getShiftTemplates().clear();
        return;
      case RosterPackage.ROSTER__TRAINING_PLANS:
        getTrainingPlans().clear();
        return;
      case RosterPackage.ROSTER__SHIFTS:
        getShifts().clear();
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
      case RosterPackage.ROSTER__INTERVAL_MINUTES:
        return intervalMinutes != INTERVAL_MINUTES_EDEFAULT;
      case RosterPackage.ROSTER__RULES:
        return rules != null;
      case RosterPackage.ROSTER__AGENTS:
        return agents != null && !agents.isEmpty();
      case RosterPackage.ROSTER__SHIFT_TEMPLATES:
        return shiftTemplates != null && !shiftTemplates.isEmpty();
      case RosterPackage.ROSTER__TRAINING_PLANS:
        return trainingPlans != null && !trainingPlans.isEmpty();
      case RosterPackage.ROSTER__SHIFTS:
        return shifts != null && !shifts.isEmpty();
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
    result.append(" (intervalMinutes: ");
    result.append(intervalMinutes);
    result.append(')');
    return result.toString();
  }

} //RosterImpl
