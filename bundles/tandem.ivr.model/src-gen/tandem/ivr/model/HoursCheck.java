/**
 */
package tandem.ivr.model;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hours Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Branches on opening hours: those given, or else the queue's. A closed holiday takes the holiday branch when there is one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.HoursCheck#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.ivr.model.HoursCheck#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link tandem.ivr.model.HoursCheck#getOpen <em>Open</em>}</li>
 *   <li>{@link tandem.ivr.model.HoursCheck#getClosed <em>Closed</em>}</li>
 *   <li>{@link tandem.ivr.model.HoursCheck#getHoliday <em>Holiday</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getHoursCheck()
 * @model
 * @generated
 */
public interface HoursCheck extends Node
{
  /**
   * Returns the value of the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queue</em>' reference.
   * @see #setQueue(Queue)
   * @see tandem.ivr.model.IvrPackage#getHoursCheck_Queue()
   * @model
   * @generated
   */
  Queue getQueue();

  /**
   * Sets the value of the '{@link tandem.ivr.model.HoursCheck#getQueue <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Queue</em>' reference.
   * @see #getQueue()
   * @generated
   */
  void setQueue(Queue value);

  /**
   * Returns the value of the '<em><b>Opening Hours</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Opening Hours</em>' reference.
   * @see #setOpeningHours(OpeningHours)
   * @see tandem.ivr.model.IvrPackage#getHoursCheck_OpeningHours()
   * @model
   * @generated
   */
  OpeningHours getOpeningHours();

  /**
   * Sets the value of the '{@link tandem.ivr.model.HoursCheck#getOpeningHours <em>Opening Hours</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Opening Hours</em>' reference.
   * @see #getOpeningHours()
   * @generated
   */
  void setOpeningHours(OpeningHours value);

  /**
   * Returns the value of the '<em><b>Open</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Open</em>' reference.
   * @see #setOpen(Node)
   * @see tandem.ivr.model.IvrPackage#getHoursCheck_Open()
   * @model
   * @generated
   */
  Node getOpen();

  /**
   * Sets the value of the '{@link tandem.ivr.model.HoursCheck#getOpen <em>Open</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Open</em>' reference.
   * @see #getOpen()
   * @generated
   */
  void setOpen(Node value);

  /**
   * Returns the value of the '<em><b>Closed</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Closed</em>' reference.
   * @see #setClosed(Node)
   * @see tandem.ivr.model.IvrPackage#getHoursCheck_Closed()
   * @model
   * @generated
   */
  Node getClosed();

  /**
   * Sets the value of the '{@link tandem.ivr.model.HoursCheck#getClosed <em>Closed</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Closed</em>' reference.
   * @see #getClosed()
   * @generated
   */
  void setClosed(Node value);

  /**
   * Returns the value of the '<em><b>Holiday</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Holiday</em>' reference.
   * @see #setHoliday(Node)
   * @see tandem.ivr.model.IvrPackage#getHoursCheck_Holiday()
   * @model
   * @generated
   */
  Node getHoliday();

  /**
   * Sets the value of the '{@link tandem.ivr.model.HoursCheck#getHoliday <em>Holiday</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Holiday</em>' reference.
   * @see #getHoliday()
   * @generated
   */
  void setHoliday(Node value);

} // HoursCheck
