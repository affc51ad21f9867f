/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prompt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the caller hears (text to speech or a recording), then the flow goes on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.Prompt#getText <em>Text</em>}</li>
 *   <li>{@link tandem.ivr.model.Prompt#getLanguage <em>Language</em>}</li>
 *   <li>{@link tandem.ivr.model.Prompt#getAudioFile <em>Audio File</em>}</li>
 *   <li>{@link tandem.ivr.model.Prompt#getKnowledgeItemId <em>Knowledge Item Id</em>}</li>
 *   <li>{@link tandem.ivr.model.Prompt#getNext <em>Next</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getPrompt()
 * @model
 * @generated
 */
public interface Prompt extends Node
{
  /**
   * Returns the value of the '<em><b>Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Text</em>' attribute.
   * @see #setText(String)
   * @see tandem.ivr.model.IvrPackage#getPrompt_Text()
   * @model
   * @generated
   */
  String getText();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Prompt#getText <em>Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Text</em>' attribute.
   * @see #getText()
   * @generated
   */
  void setText(String value);

  /**
   * Returns the value of the '<em><b>Language</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The prompt's language; empty means the script's language.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Language</em>' attribute.
   * @see #setLanguage(String)
   * @see tandem.ivr.model.IvrPackage#getPrompt_Language()
   * @model
   * @generated
   */
  String getLanguage();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Prompt#getLanguage <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Language</em>' attribute.
   * @see #getLanguage()
   * @generated
   */
  void setLanguage(String value);

  /**
   * Returns the value of the '<em><b>Audio File</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The recording played instead of text to speech (a path relative to the script).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Audio File</em>' attribute.
   * @see #setAudioFile(String)
   * @see tandem.ivr.model.IvrPackage#getPrompt_AudioFile()
   * @model
   * @generated
   */
  String getAudioFile();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Prompt#getAudioFile <em>Audio File</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Audio File</em>' attribute.
   * @see #getAudioFile()
   * @generated
   */
  void setAudioFile(String value);

  /**
   * Returns the value of the '<em><b>Knowledge Item Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The id (or label) of the training knowledge item the prompt is about, so that agents learn what callers heard.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Knowledge Item Id</em>' attribute.
   * @see #setKnowledgeItemId(String)
   * @see tandem.ivr.model.IvrPackage#getPrompt_KnowledgeItemId()
   * @model
   * @generated
   */
  String getKnowledgeItemId();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Prompt#getKnowledgeItemId <em>Knowledge Item Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Knowledge Item Id</em>' attribute.
   * @see #getKnowledgeItemId()
   * @generated
   */
  void setKnowledgeItemId(String value);

  /**
   * Returns the value of the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Next</em>' reference.
   * @see #setNext(Node)
   * @see tandem.ivr.model.IvrPackage#getPrompt_Next()
   * @model
   * @generated
   */
  Node getNext();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Prompt#getNext <em>Next</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Next</em>' reference.
   * @see #getNext()
   * @generated
   */
  void setNext(Node value);

} // Prompt
