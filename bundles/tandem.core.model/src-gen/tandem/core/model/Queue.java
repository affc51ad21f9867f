/**
 */
package tandem.core.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where contacts of one kind wait for an agent: a channel, a language and a skill.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.Queue#getChannel <em>Channel</em>}</li>
 *   <li>{@link tandem.core.model.Queue#getLanguage <em>Language</em>}</li>
 *   <li>{@link tandem.core.model.Queue#getSkill <em>Skill</em>}</li>
 *   <li>{@link tandem.core.model.Queue#getOpeningHours <em>Opening Hours</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getQueue()
 * @model
 * @generated
 */
public interface Queue extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Channel</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.core.model.Channel}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Channel</em>' attribute.
   * @see tandem.core.model.Channel
   * @see #setChannel(Channel)
   * @see tandem.core.model.CorePackage#getQueue_Channel()
   * @model
   * @generated
   */
  Channel getChannel();

  /**
   * Sets the value of the '{@link tandem.core.model.Queue#getChannel <em>Channel</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Channel</em>' attribute.
   * @see tandem.core.model.Channel
   * @see #getChannel()
   * @generated
   */
  void setChannel(Channel value);

  /**
   * Returns the value of the '<em><b>Language</b></em>' attribute.
   * The default value is <code>"en"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Language</em>' attribute.
   * @see #setLanguage(String)
   * @see tandem.core.model.CorePackage#getQueue_Language()
   * @model default="en"
   * @generated
   */
  String getLanguage();

  /**
   * Sets the value of the '{@link tandem.core.model.Queue#getLanguage <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Language</em>' attribute.
   * @see #getLanguage()
   * @generated
   */
  void setLanguage(String value);

  /**
   * Returns the value of the '<em><b>Skill</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Skill</em>' attribute.
   * @see #setSkill(String)
   * @see tandem.core.model.CorePackage#getQueue_Skill()
   * @model
   * @generated
   */
  String getSkill();

  /**
   * Sets the value of the '{@link tandem.core.model.Queue#getSkill <em>Skill</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Skill</em>' attribute.
   * @see #getSkill()
   * @generated
   */
  void setSkill(String value);

  /**
   * Returns the value of the '<em><b>Opening Hours</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Opening Hours</em>' reference.
   * @see #setOpeningHours(OpeningHours)
   * @see tandem.core.model.CorePackage#getQueue_OpeningHours()
   * @model
   * @generated
   */
  OpeningHours getOpeningHours();

  /**
   * Sets the value of the '{@link tandem.core.model.Queue#getOpeningHours <em>Opening Hours</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Opening Hours</em>' reference.
   * @see #getOpeningHours()
   * @generated
   */
  void setOpeningHours(OpeningHours value);

} // Queue
