/**
 */
package tandem.training.model;

import java.time.LocalDate;

import tandem.core.model.Identified;
import tandem.core.model.Queue;
import tandem.core.model.Team;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audience</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The agents of one queue or team who must take a course, and how far their training has got.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.Audience#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.training.model.Audience#getTeam <em>Team</em>}</li>
 *   <li>{@link tandem.training.model.Audience#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link tandem.training.model.Audience#getStatus <em>Status</em>}</li>
 *   <li>{@link tandem.training.model.Audience#getCompletedCount <em>Completed Count</em>}</li>
 *   <li>{@link tandem.training.model.Audience#getCompletionDate <em>Completion Date</em>}</li>
 * </ul>
 *
 * @see tandem.training.model.TrainingPackage#getAudience()
 * @model
 * @generated
 */
public interface Audience extends Identified
{
  /**
   * Returns the value of the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queue</em>' reference.
   * @see #setQueue(Queue)
   * @see tandem.training.model.TrainingPackage#getAudience_Queue()
   * @model
   * @generated
   */
  Queue getQueue();

  /**
   * Sets the value of the '{@link tandem.training.model.Audience#getQueue <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Queue</em>' reference.
   * @see #getQueue()
   * @generated
   */
  void setQueue(Queue value);

  /**
   * Returns the value of the '<em><b>Team</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Team</em>' reference.
   * @see #setTeam(Team)
   * @see tandem.training.model.TrainingPackage#getAudience_Team()
   * @model
   * @generated
   */
  Team getTeam();

  /**
   * Sets the value of the '{@link tandem.training.model.Audience#getTeam <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Team</em>' reference.
   * @see #getTeam()
   * @generated
   */
  void setTeam(Team value);

  /**
   * Returns the value of the '<em><b>Headcount</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How many agents of the queue or team must be trained.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Headcount</em>' attribute.
   * @see #setHeadcount(int)
   * @see tandem.training.model.TrainingPackage#getAudience_Headcount()
   * @model
   * @generated
   */
  int getHeadcount();

  /**
   * Sets the value of the '{@link tandem.training.model.Audience#getHeadcount <em>Headcount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Headcount</em>' attribute.
   * @see #getHeadcount()
   * @generated
   */
  void setHeadcount(int value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.training.model.CompletionStatus}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see tandem.training.model.CompletionStatus
   * @see #setStatus(CompletionStatus)
   * @see tandem.training.model.TrainingPackage#getAudience_Status()
   * @model
   * @generated
   */
  CompletionStatus getStatus();

  /**
   * Sets the value of the '{@link tandem.training.model.Audience#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see tandem.training.model.CompletionStatus
   * @see #getStatus()
   * @generated
   */
  void setStatus(CompletionStatus value);

  /**
   * Returns the value of the '<em><b>Completed Count</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How many of the agents have already finished the course.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Completed Count</em>' attribute.
   * @see #setCompletedCount(int)
   * @see tandem.training.model.TrainingPackage#getAudience_CompletedCount()
   * @model
   * @generated
   */
  int getCompletedCount();

  /**
   * Sets the value of the '{@link tandem.training.model.Audience#getCompletedCount <em>Completed Count</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Completed Count</em>' attribute.
   * @see #getCompletedCount()
   * @generated
   */
  void setCompletedCount(int value);

  /**
   * Returns the value of the '<em><b>Completion Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Completion Date</em>' attribute.
   * @see #setCompletionDate(LocalDate)
   * @see tandem.training.model.TrainingPackage#getAudience_CompletionDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getCompletionDate();

  /**
   * Sets the value of the '{@link tandem.training.model.Audience#getCompletionDate <em>Completion Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Completion Date</em>' attribute.
   * @see #getCompletionDate()
   * @generated
   */
  void setCompletionDate(LocalDate value);

} // Audience
