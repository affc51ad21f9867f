/**
 */
package tandem.training.model;

import java.time.LocalDate;
import java.time.LocalTime;

import tandem.core.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dated run of a course with room for a number of agents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.Session#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.training.model.Session#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link tandem.training.model.Session#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.training.model.Session#getTrainer <em>Trainer</em>}</li>
 *   <li>{@link tandem.training.model.Session#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link tandem.training.model.Session#getAudience <em>Audience</em>}</li>
 * </ul>
 *
 * @see tandem.training.model.TrainingPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends Identified
{
  /**
   * Returns the value of the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Date</em>' attribute.
   * @see #setDate(LocalDate)
   * @see tandem.training.model.TrainingPackage#getSession_Date()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getDate();

  /**
   * Sets the value of the '{@link tandem.training.model.Session#getDate <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Date</em>' attribute.
   * @see #getDate()
   * @generated
   */
  void setDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Start Time</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start Time</em>' attribute.
   * @see #setStartTime(LocalTime)
   * @see tandem.training.model.TrainingPackage#getSession_StartTime()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getStartTime();

  /**
   * Sets the value of the '{@link tandem.training.model.Session#getStartTime <em>Start Time</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start Time</em>' attribute.
   * @see #getStartTime()
   * @generated
   */
  void setStartTime(LocalTime value);

  /**
   * Returns the value of the '<em><b>Length Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Length Minutes</em>' attribute.
   * @see #setLengthMinutes(int)
   * @see tandem.training.model.TrainingPackage#getSession_LengthMinutes()
   * @model
   * @generated
   */
  int getLengthMinutes();

  /**
   * Sets the value of the '{@link tandem.training.model.Session#getLengthMinutes <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Length Minutes</em>' attribute.
   * @see #getLengthMinutes()
   * @generated
   */
  void setLengthMinutes(int value);

  /**
   * Returns the value of the '<em><b>Trainer</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Trainer</em>' attribute.
   * @see #setTrainer(String)
   * @see tandem.training.model.TrainingPackage#getSession_Trainer()
   * @model
   * @generated
   */
  String getTrainer();

  /**
   * Sets the value of the '{@link tandem.training.model.Session#getTrainer <em>Trainer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Trainer</em>' attribute.
   * @see #getTrainer()
   * @generated
   */
  void setTrainer(String value);

  /**
   * Returns the value of the '<em><b>Capacity</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How many agents one session can train.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Capacity</em>' attribute.
   * @see #setCapacity(int)
   * @see tandem.training.model.TrainingPackage#getSession_Capacity()
   * @model
   * @generated
   */
  int getCapacity();

  /**
   * Sets the value of the '{@link tandem.training.model.Session#getCapacity <em>Capacity</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Capacity</em>' attribute.
   * @see #getCapacity()
   * @generated
   */
  void setCapacity(int value);

  /**
   * Returns the value of the '<em><b>Audience</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The audience of the same course whose agents the seats are kept for; none means open to every audience of the course.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Audience</em>' reference.
   * @see #setAudience(Audience)
   * @see tandem.training.model.TrainingPackage#getSession_Audience()
   * @model
   * @generated
   */
  Audience getAudience();

  /**
   * Sets the value of the '{@link tandem.training.model.Session#getAudience <em>Audience</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Audience</em>' reference.
   * @see #getAudience()
   * @generated
   */
  void setAudience(Audience value);

} // Session
