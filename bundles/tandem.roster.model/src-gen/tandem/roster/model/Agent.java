/**
 */
package tandem.roster.model;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.NamedElement;
import tandem.core.model.Team;
import tandem.core.model.Weekday;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.Agent#getTeam <em>Team</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getSkills <em>Skills</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getMinHoursPerWeek <em>Min Hours Per Week</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getMaxHoursPerWeek <em>Max Hours Per Week</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getMaxDaysPerWeek <em>Max Days Per Week</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getEarliestStart <em>Earliest Start</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getLatestEnd <em>Latest End</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getUnavailableDays <em>Unavailable Days</em>}</li>
 *   <li>{@link tandem.roster.model.Agent#getPreferredDaysOff <em>Preferred Days Off</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getAgent()
 * @model
 * @generated
 */
public interface Agent extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Team</em>' reference.
   * @see #setTeam(Team)
   * @see tandem.roster.model.RosterPackage#getAgent_Team()
   * @model
   * @generated
   */
  Team getTeam();

  /**
   * Sets the value of the '{@link tandem.roster.model.Agent#getTeam <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Team</em>' reference.
   * @see #getTeam()
   * @generated
   */
  void setTeam(Team value);

  /**
   * Returns the value of the '<em><b>Skills</b></em>' containment reference list.
   * The list contents are of type {@link tandem.roster.model.Skill}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Skills</em>' containment reference list.
   * @see tandem.roster.model.RosterPackage#getAgent_Skills()
   * @model containment="true"
   * @generated
   */
  EList<Skill> getSkills();

  /**
   * Returns the value of the '<em><b>Min Hours Per Week</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Min Hours Per Week</em>' attribute.
   * @see #setMinHoursPerWeek(double)
   * @see tandem.roster.model.RosterPackage#getAgent_MinHoursPerWeek()
   * @model
   * @generated
   */
  double getMinHoursPerWeek();

  /**
   * Sets the value of the '{@link tandem.roster.model.Agent#getMinHoursPerWeek <em>Min Hours Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Min Hours Per Week</em>' attribute.
   * @see #getMinHoursPerWeek()
   * @generated
   */
  void setMinHoursPerWeek(double value);

  /**
   * Returns the value of the '<em><b>Max Hours Per Week</b></em>' attribute.
   * The default value is <code>"40.0"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Max Hours Per Week</em>' attribute.
   * @see #setMaxHoursPerWeek(double)
   * @see tandem.roster.model.RosterPackage#getAgent_MaxHoursPerWeek()
   * @model default="40.0"
   * @generated
   */
  double getMaxHoursPerWeek();

  /**
   * Sets the value of the '{@link tandem.roster.model.Agent#getMaxHoursPerWeek <em>Max Hours Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Max Hours Per Week</em>' attribute.
   * @see #getMaxHoursPerWeek()
   * @generated
   */
  void setMaxHoursPerWeek(double value);

  /**
   * Returns the value of the '<em><b>Max Days Per Week</b></em>' attribute.
   * The default value is <code>"5"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Max Days Per Week</em>' attribute.
   * @see #setMaxDaysPerWeek(int)
   * @see tandem.roster.model.RosterPackage#getAgent_MaxDaysPerWeek()
   * @model default="5"
   * @generated
   */
  int getMaxDaysPerWeek();

  /**
   * Sets the value of the '{@link tandem.roster.model.Agent#getMaxDaysPerWeek <em>Max Days Per Week</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Max Days Per Week</em>' attribute.
   * @see #getMaxDaysPerWeek()
   * @generated
   */
  void setMaxDaysPerWeek(int value);

  /**
   * Returns the value of the '<em><b>Earliest Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Earliest Start</em>' attribute.
   * @see #setEarliestStart(LocalTime)
   * @see tandem.roster.model.RosterPackage#getAgent_EarliestStart()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getEarliestStart();

  /**
   * Sets the value of the '{@link tandem.roster.model.Agent#getEarliestStart <em>Earliest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Earliest Start</em>' attribute.
   * @see #getEarliestStart()
   * @generated
   */
  void setEarliestStart(LocalTime value);

  /**
   * Returns the value of the '<em><b>Latest End</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Latest End</em>' attribute.
   * @see #setLatestEnd(LocalTime)
   * @see tandem.roster.model.RosterPackage#getAgent_LatestEnd()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getLatestEnd();

  /**
   * Sets the value of the '{@link tandem.roster.model.Agent#getLatestEnd <em>Latest End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Latest End</em>' attribute.
   * @see #getLatestEnd()
   * @generated
   */
  void setLatestEnd(LocalTime value);

  /**
   * Returns the value of the '<em><b>Unavailable Days</b></em>' attribute list.
   * The list contents are of type {@link java.time.LocalDate}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Days off the agent cannot work (time off).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Unavailable Days</em>' attribute list.
   * @see tandem.roster.model.RosterPackage#getAgent_UnavailableDays()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  EList<LocalDate> getUnavailableDays();

  /**
   * Returns the value of the '<em><b>Preferred Days Off</b></em>' attribute list.
   * The list contents are of type {@link tandem.core.model.Weekday}.
   * The literals are from the enumeration {@link tandem.core.model.Weekday}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Preferred Days Off</em>' attribute list.
   * @see tandem.core.model.Weekday
   * @see tandem.roster.model.RosterPackage#getAgent_PreferredDaysOff()
   * @model
   * @generated
   */
  EList<Weekday> getPreferredDaysOff();

} // Agent
