/**
 */
package tandem.roster.model;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.Identified;
import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shift</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One agent's working time on one day, on one queue, with the activities that take the agent off it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.Shift#getAgent <em>Agent</em>}</li>
 *   <li>{@link tandem.roster.model.Shift#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.roster.model.Shift#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.Shift#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.roster.model.Shift#getTemplate <em>Template</em>}</li>
 *   <li>{@link tandem.roster.model.Shift#isPinned <em>Pinned</em>}</li>
 *   <li>{@link tandem.roster.model.Shift#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getShift()
 * @model
 * @generated
 */
public interface Shift extends Identified
{
  /**
   * Returns the value of the '<em><b>Agent</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Agent</em>' reference.
   * @see #setAgent(Agent)
   * @see tandem.roster.model.RosterPackage#getShift_Agent()
   * @model
   * @generated
   */
  Agent getAgent();

  /**
   * Sets the value of the '{@link tandem.roster.model.Shift#getAgent <em>Agent</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Agent</em>' reference.
   * @see #getAgent()
   * @generated
   */
  void setAgent(Agent value);

  /**
   * Returns the value of the '<em><b>Start</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start</em>' attribute.
   * @see #setStart(LocalDateTime)
   * @see tandem.roster.model.RosterPackage#getShift_Start()
   * @model dataType="tandem.core.model.LocalDateTime"
   * @generated
   */
  LocalDateTime getStart();

  /**
   * Sets the value of the '{@link tandem.roster.model.Shift#getStart <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start</em>' attribute.
   * @see #getStart()
   * @generated
   */
  void setStart(LocalDateTime value);

  /**
   * Returns the value of the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Length Minutes</em>' attribute.
   * @see #setLengthMinutes(int)
   * @see tandem.roster.model.RosterPackage#getShift_LengthMinutes()
   * @model
   * @generated
   */
  int getLengthMinutes();

  /**
   * Sets the value of the '{@link tandem.roster.model.Shift#getLengthMinutes <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Length Minutes</em>' attribute.
   * @see #getLengthMinutes()
   * @generated
   */
  void setLengthMinutes(int value);

  /**
   * Returns the value of the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queue</em>' reference.
   * @see #setQueue(Queue)
   * @see tandem.roster.model.RosterPackage#getShift_Queue()
   * @model
   * @generated
   */
  Queue getQueue();

  /**
   * Sets the value of the '{@link tandem.roster.model.Shift#getQueue <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Queue</em>' reference.
   * @see #getQueue()
   * @generated
   */
  void setQueue(Queue value);

  /**
   * Returns the value of the '<em><b>Template</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Template</em>' reference.
   * @see #setTemplate(ShiftTemplate)
   * @see tandem.roster.model.RosterPackage#getShift_Template()
   * @model
   * @generated
   */
  ShiftTemplate getTemplate();

  /**
   * Sets the value of the '{@link tandem.roster.model.Shift#getTemplate <em>Template</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Template</em>' reference.
   * @see #getTemplate()
   * @generated
   */
  void setTemplate(ShiftTemplate value);

  /**
   * Returns the value of the '<em><b>Pinned</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Placed by hand: generating a schedule keeps it as it is.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Pinned</em>' attribute.
   * @see #setPinned(boolean)
   * @see tandem.roster.model.RosterPackage#getShift_Pinned()
   * @model
   * @generated
   */
  boolean isPinned();

  /**
   * Sets the value of the '{@link tandem.roster.model.Shift#isPinned <em>Pinned</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Pinned</em>' attribute.
   * @see #isPinned()
   * @generated
   */
  void setPinned(boolean value);

  /**
   * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
   * The list contents are of type {@link tandem.roster.model.Activity}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Activities</em>' containment reference list.
   * @see tandem.roster.model.RosterPackage#getShift_Activities()
   * @model containment="true"
   * @generated
   */
  EList<Activity> getActivities();

} // Shift
