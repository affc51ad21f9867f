/**
 */
package tandem.roster.model.impl;

import java.time.LocalDate;
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

import tandem.core.model.Team;
import tandem.core.model.Weekday;

import tandem.core.model.impl.NamedElementImpl;

import tandem.roster.model.Agent;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.Skill;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getSkills <em>Skills</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getMinHoursPerWeek <em>Min Hours Per Week</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getMaxHoursPerWeek <em>Max Hours Per Week</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getMaxDaysPerWeek <em>Max Days Per Week</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getEarliestStart <em>Earliest Start</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getLatestEnd <em>Latest End</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getUnavailableDays <em>Unavailable Days</em>}</li>
 *   <li>{@link tandem.roster.model.impl.AgentImpl#getPreferredDaysOff <em>Preferred Days Off</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentImpl extends NamedElementImpl implements Agent
{
  /**
   * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTeam()
   * @generated
   * @ordered
   */
  protected Team team;

  /**
   * The cached value of the '{@link #getSkills() <em>Skills</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSkills()
   * @generated
   * @ordered
   */
  protected EList<Skill> skills;

  /**
   * The default value of the '{@link #getMinHoursPerWeek() <em>Min Hours Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMinHoursPerWeek()
   * @generated
   * @ordered
   */
  protected static final double MIN_HOURS_PER_WEEK_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getMinHoursPerWeek() <em>Min Hours Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMinHoursPerWeek()
   * @generated
   * @ordered
   */
  protected double minHoursPerWeek = MIN_HOURS_PER_WEEK_EDEFAULT;

  /**
   * The default value of the '{@link #getMaxHoursPerWeek() <em>Max Hours Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMaxHoursPerWeek()
   * @generated
   * @ordered
   */
  protected static final double MAX_HOURS_PER_WEEK_EDEFAULT = 40.0;

  /**
   * The cached value of the '{@link #getMaxHoursPerWeek() <em>Max Hours Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMaxHoursPerWeek()
   * @generated
   * @ordered
   */
  protected double maxHoursPerWeek = MAX_HOURS_PER_WEEK_EDEFAULT;

  /**
   * The default value of the '{@link #getMaxDaysPerWeek() <em>Max Days Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMaxDaysPerWeek()
   * @generated
   * @ordered
   */
  protected static final int MAX_DAYS_PER_WEEK_EDEFAULT = 5;

  /**
   * The cached value of the '{@link #getMaxDaysPerWeek() <em>Max Days Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getMaxDaysPerWeek()
   * @generated
   * @ordered
   */
  protected int maxDaysPerWeek = MAX_DAYS_PER_WEEK_EDEFAULT;

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
   * The default value of the '{@link #getLatestEnd() <em>Latest End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLatestEnd()
   * @generated
   * @ordered
   */
  protected static final LocalTime LATEST_END_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLatestEnd() <em>Latest End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLatestEnd()
   * @generated
   * @ordered
   */
  protected LocalTime latestEnd = LATEST_END_EDEFAULT;

  /**
   * The cached value of the '{@link #getUnavailableDays() <em>Unavailable Days</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getUnavailableDays()
   * @generated
   * @ordered
   */
  protected EList<LocalDate> unavailableDays;

  /**
   * The cached value of the '{@link #getPreferredDaysOff() <em>Preferred Days Off</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPreferredDaysOff()
   * @generated
   * @ordered
   */
  protected EList<Weekday> preferredDaysOff;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected AgentImpl()
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
    return RosterPackage.Literals.AGENT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Team getTeam()
  {
    if (team != null && team.eIsProxy())
    {
      InternalEObject oldTeam = (InternalEObject)team;
      team = (Team)eResolveProxy(oldTeam);
      if (team != oldTeam)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, RosterPackage.AGENT__TEAM, oldTeam, team));
      }
    }
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Team basicGetTeam()
  {
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTeam(Team newTeam)
  {
    Team oldTeam = team;
    team = newTeam;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.AGENT__TEAM, oldTeam, team));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Skill> getSkills()
  {
    if (skills == null)
    {
      skills = new EObjectContainmentEList<Skill>(Skill.class, this, RosterPackage.AGENT__SKILLS);
    }
    return skills;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getMinHoursPerWeek()
  {
    return minHoursPerWeek;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMinHoursPerWeek(double newMinHoursPerWeek)
  {
    double oldMinHoursPerWeek = minHoursPerWeek;
    minHoursPerWeek = newMinHoursPerWeek;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.AGENT__MIN_HOURS_PER_WEEK, oldMinHoursPerWeek, minHoursPerWeek));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getMaxHoursPerWeek()
  {
    return maxHoursPerWeek;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMaxHoursPerWeek(double newMaxHoursPerWeek)
  {
    double oldMaxHoursPerWeek = maxHoursPerWeek;
    maxHoursPerWeek = newMaxHoursPerWeek;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.AGENT__MAX_HOURS_PER_WEEK, oldMaxHoursPerWeek, maxHoursPerWeek));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getMaxDaysPerWeek()
  {
    return maxDaysPerWeek;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setMaxDaysPerWeek(int newMaxDaysPerWeek)
  {
    int oldMaxDaysPerWeek = maxDaysPerWeek;
    maxDaysPerWeek = newMaxDaysPerWeek;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.AGENT__MAX_DAYS_PER_WEEK, oldMaxDaysPerWeek, maxDaysPerWeek));
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
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.AGENT__EARLIEST_START, oldEarliestStart, earliestStart));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getLatestEnd()
  {
    return latestEnd;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLatestEnd(LocalTime newLatestEnd)
  {
    LocalTime oldLatestEnd = latestEnd;
    latestEnd = newLatestEnd;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.AGENT__LATEST_END, oldLatestEnd, latestEnd));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<LocalDate> getUnavailableDays()
  {
    if (unavailableDays == null)
    {
      unavailableDays = new EDataTypeUniqueEList<LocalDate>(LocalDate.class, this, RosterPackage.AGENT__UNAVAILABLE_DAYS);
    }
    return unavailableDays;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Weekday> getPreferredDaysOff()
  {
    if (preferredDaysOff == null)
    {
      preferredDaysOff = new EDataTypeUniqueEList<Weekday>(Weekday.class, this, RosterPackage.AGENT__PREFERRED_DAYS_OFF);
    }
    return preferredDaysOff;
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
      case RosterPackage.AGENT__SKILLS:
        return ((InternalEList<?>)getSkills()).basicRemove(otherEnd, msgs);
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
      case RosterPackage.AGENT__TEAM:
        if (resolve) return getTeam();
        return basicGetTeam();
      case RosterPackage.AGENT__SKILLS:
        return getSkills();
      case RosterPackage.AGENT__MIN_HOURS_PER_WEEK:
        return getMinHoursPerWeek();
      case RosterPackage.AGENT__MAX_HOURS_PER_WEEK:
        return getMaxHoursPerWeek();
      case RosterPackage.AGENT__MAX_DAYS_PER_WEEK:
        return getMaxDaysPerWeek();
      case RosterPackage.AGENT__EARLIEST_START:
        return getEarliestStart();
      case RosterPackage.AGENT__LATEST_END:
        return getLatestEnd();
      case RosterPackage.AGENT__UNAVAILABLE_DAYS:
        return getUnavailableDays();
      case RosterPackage.AGENT__PREFERRED_DAYS_OFF:
        return getPreferredDaysOff();
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
      case RosterPackage.AGENT__TEAM:
        setTeam((Team)newValue);
        return;
      case RosterPackage.AGENT__SKILLS:
        getSkills().clear();
        getSkills().addAll((Collection<? extends Skill>)newValue);
        return;
      case RosterPackage.AGENT__MIN_HOURS_PER_WEEK:
        setMinHoursPerWeek((Double)newValue);
        return;
      case RosterPackage.AGENT__MAX_HOURS_PER_WEEK:
        setMaxHoursPerWeek((Double)newValue);
        return;
      case RosterPackage.AGENT__MAX_DAYS_PER_WEEK:
        setMaxDaysPerWeek((Integer)newValue);
        return;
      case RosterPackage.AGENT__EARLIEST_START:
        setEarliestStart((LocalTime)newValue);
        return;
      case RosterPackage.AGENT__LATEST_END:
        setLatestEnd((LocalTime)newValue);
        return;
      case RosterPackage.AGENT__UNAVAILABLE_DAYS:
        getUnavailableDays().clear();
        getUnavailableDays().addAll((Collection<? extends LocalDate>)newValue);
        return;
      case RosterPackage.AGENT__PREFERRED_DAYS_OFF:
        getPreferredDaysOff().clear();
        getPreferredDaysOff().addAll((Collection<? extends Weekday>)newValue);
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
      case RosterPackage.AGENT__TEAM:
        setTeam((Team)null);
        return;
      case RosterPackage.AGENT__SKILLS:
        getSkills().clear();
        return;
      case RosterPackage.AGENT__MIN_HOURS_PER_WEEK:
        setMinHoursPerWeek(MIN_HOURS_PER_WEEK_EDEFAULT);
        return;
      case RosterPackage.AGENT__MAX_HOURS_PER_WEEK:
        setMaxHoursPerWeek(MAX_HOURS_PER_WEEK_EDEFAULT);
        return;
      case RosterPackage.AGENT__MAX_DAYS_PER_WEEK:
        setMaxDaysPerWeek(MAX_DAYS_PER_WEEK_EDEFAULT);
        return;
      case RosterPackage.AGENT__EARLIEST_START:
        setEarliestStart(EARLIEST_START_EDEFAULT);
        return;
      case RosterPackage.AGENT__LATEST_END:
        setLatestEnd(LATEST_END_EDEFAULT);
        return;
      case RosterPackage.AGENT__UNAVAILABLE_DAYS:
        getUnavailableDays().clear();
        return;
      case RosterPackage.AGENT__PREFERRED_DAYS_OFF:
        getPreferredDaysOff().clear();
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
      case RosterPackage.AGENT__TEAM:
        return team != null;
      case RosterPackage.AGENT__SKILLS:
        return skills != null && !skills.isEmpty();
      case RosterPackage.AGENT__MIN_HOURS_PER_WEEK:
        return minHoursPerWeek != MIN_HOURS_PER_WEEK_EDEFAULT;
      case RosterPackage.AGENT__MAX_HOURS_PER_WEEK:
        return maxHoursPerWeek != MAX_HOURS_PER_WEEK_EDEFAULT;
      case RosterPackage.AGENT__MAX_DAYS_PER_WEEK:
        return maxDaysPerWeek != MAX_DAYS_PER_WEEK_EDEFAULT;
      case RosterPackage.AGENT__EARLIEST_START:
        return EARLIEST_START_EDEFAULT == null ? earliestStart != null : !EARLIEST_START_EDEFAULT.equals(earliestStart);
      case RosterPackage.AGENT__LATEST_END:
        return LATEST_END_EDEFAULT == null ? latestEnd != null : !LATEST_END_EDEFAULT.equals(latestEnd);
      case RosterPackage.AGENT__UNAVAILABLE_DAYS:
        return unavailableDays != null && !unavailableDays.isEmpty();
      case RosterPackage.AGENT__PREFERRED_DAYS_OFF:
        return preferredDaysOff != null && !preferredDaysOff.isEmpty();
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
    result.append(" (minHoursPerWeek: ");
    result.append(minHoursPerWeek);
    result.append(", maxHoursPerWeek: ");
    result.append(maxHoursPerWeek);
    result.append(", maxDaysPerWeek: ");
    result.append(maxDaysPerWeek);
    result.append(", earliestStart: ");
    result.append(earliestStart);
    result.append(", latestEnd: ");
    result.append(latestEnd);
    result.append(", unavailableDays: ");
    result.append(unavailableDays);
    result.append(", preferredDaysOff: ");
    result.append(preferredDaysOff);
    result.append(')');
    return result.toString();
  }

} //AgentImpl
