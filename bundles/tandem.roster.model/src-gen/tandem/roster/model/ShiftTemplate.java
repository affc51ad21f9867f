/**
 */
package tandem.roster.model;

import java.time.LocalTime;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.NamedElement;
import tandem.core.model.Weekday;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shift Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.ShiftTemplate#getEarliestStart <em>Earliest Start</em>}</li>
 *   <li>{@link tandem.roster.model.ShiftTemplate#getLatestStart <em>Latest Start</em>}</li>
 *   <li>{@link tandem.roster.model.ShiftTemplate#getStartStepMinutes <em>Start Step Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.ShiftTemplate#getLengthsMinutes <em>Lengths Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.ShiftTemplate#getDays <em>Days</em>}</li>
 *   <li>{@link tandem.roster.model.ShiftTemplate#getBreaks <em>Breaks</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getShiftTemplate()
 * @model
 * @generated
 */
public interface ShiftTemplate extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Earliest Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Earliest Start</em>' attribute.
   * @see #setEarliestStart(LocalTime)
   * @see tandem.roster.model.RosterPackage#getShiftTemplate_EarliestStart()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getEarliestStart();

  /**
   * Sets the value of the '{@link tandem.roster.model.ShiftTemplate#getEarliestStart <em>Earliest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Earliest Start</em>' attribute.
   * @see #getEarliestStart()
   * @generated
   */
  void setEarliestStart(LocalTime value);

  /**
   * Returns the value of the '<em><b>Latest Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Latest Start</em>' attribute.
   * @see #setLatestStart(LocalTime)
   * @see tandem.roster.model.RosterPackage#getShiftTemplate_LatestStart()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getLatestStart();

  /**
   * Sets the value of the '{@link tandem.roster.model.ShiftTemplate#getLatestStart <em>Latest Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Latest Start</em>' attribute.
   * @see #getLatestStart()
   * @generated
   */
  void setLatestStart(LocalTime value);

  /**
   * Returns the value of the '<em><b>Start Step Minutes</b></em>' attribute.
   * The default value is <code>"30"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start Step Minutes</em>' attribute.
   * @see #setStartStepMinutes(int)
   * @see tandem.roster.model.RosterPackage#getShiftTemplate_StartStepMinutes()
   * @model default="30"
   * @generated
   */
  int getStartStepMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.ShiftTemplate#getStartStepMinutes <em>Start Step Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start Step Minutes</em>' attribute.
   * @see #getStartStepMinutes()
   * @generated
   */
  void setStartStepMinutes(int value);

  /**
   * Returns the value of the '<em><b>Lengths Minutes</b></em>' attribute list.
   * The list contents are of type {@link java.lang.Integer}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The shift lengths the template allows, in minutes, breaks included.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Lengths Minutes</em>' attribute list.
   * @see tandem.roster.model.RosterPackage#getShiftTemplate_LengthsMinutes()
   * @model
   * @generated
   */
  EList<Integer> getLengthsMinutes();

  /**
   * Returns the value of the '<em><b>Days</b></em>' attribute list.
   * The list contents are of type {@link tandem.core.model.Weekday}.
   * The literals are from the enumeration {@link tandem.core.model.Weekday}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The weekdays the template may be used on; none means every day.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Days</em>' attribute list.
   * @see tandem.core.model.Weekday
   * @see tandem.roster.model.RosterPackage#getShiftTemplate_Days()
   * @model
   * @generated
   */
  EList<Weekday> getDays();

  /**
   * Returns the value of the '<em><b>Breaks</b></em>' containment reference list.
   * The list contents are of type {@link tandem.roster.model.BreakRule}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Breaks</em>' containment reference list.
   * @see tandem.roster.model.RosterPackage#getShiftTemplate_Breaks()
   * @model containment="true"
   * @generated
   */
  EList<BreakRule> getBreaks();

} // ShiftTemplate
