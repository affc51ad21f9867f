/**
 */
package tandem.ivr.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import tandem.core.model.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * IVR scripts as planning documents: the numbers callers dial, and the call flow (prompts, menus, inputs, self-service, routes) they go through before they reach a person.
 * <!-- end-model-doc -->
 * @see tandem.ivr.model.IvrFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface IvrPackage extends EPackage
{
  /**
   * The package name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNAME = "model";

  /**
   * The package namespace URI.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_URI = "http://tandem.dev/ivr/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "ivr";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  IvrPackage eINSTANCE = tandem.ivr.model.impl.IvrPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.IvrScriptImpl <em>Script</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.IvrScriptImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getIvrScript()
   * @generated
   */
  int IVR_SCRIPT = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Language</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT__LANGUAGE = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Entry Points</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT__ENTRY_POINTS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT__NODES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>Script</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>Script</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int IVR_SCRIPT_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.EntryPointImpl <em>Entry Point</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.EntryPointImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getEntryPoint()
   * @generated
   */
  int ENTRY_POINT = 1;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Number</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__NUMBER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Campaign Code</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__CAMPAIGN_CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Campaign</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__CAMPAIGN = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>First Node</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__FIRST_NODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Live From</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__LIVE_FROM = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Platform Flow</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT__PLATFORM_FLOW = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The number of structural features of the '<em>Entry Point</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The number of operations of the '<em>Entry Point</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ENTRY_POINT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.NodeImpl <em>Node</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.NodeImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getNode()
   * @generated
   */
  int NODE = 2;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NODE__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NODE__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NODE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The number of structural features of the '<em>Node</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NODE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The number of operations of the '<em>Node</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int NODE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.PromptImpl <em>Prompt</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.PromptImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getPrompt()
   * @generated
   */
  int PROMPT = 3;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__TEXT = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Language</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__LANGUAGE = NODE_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Audio File</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__AUDIO_FILE = NODE_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Knowledge Item Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__KNOWLEDGE_ITEM_ID = NODE_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT__NEXT = NODE_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Prompt</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT_FEATURE_COUNT = NODE_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Prompt</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int PROMPT_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.MessageImpl <em>Message</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.MessageImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getMessage()
   * @generated
   */
  int MESSAGE = 4;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE__TEXT = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE__NEXT = NODE_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Message</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE_FEATURE_COUNT = NODE_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Message</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MESSAGE_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.CallerInputNodeImpl <em>Caller Input Node</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.CallerInputNodeImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getCallerInputNode()
   * @generated
   */
  int CALLER_INPUT_NODE = 5;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Prompt Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__PROMPT_TEXT = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__TIMEOUT_SECONDS = NODE_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>No Match</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__NO_MATCH = NODE_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>No Input</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE__NO_INPUT = NODE_FEATURE_COUNT + 3;

  /**
   * The number of structural features of the '<em>Caller Input Node</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE_FEATURE_COUNT = NODE_FEATURE_COUNT + 4;

  /**
   * The number of operations of the '<em>Caller Input Node</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CALLER_INPUT_NODE_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.RetryHandlerImpl <em>Retry Handler</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.RetryHandlerImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getRetryHandler()
   * @generated
   */
  int RETRY_HANDLER = 6;

  /**
   * The feature id for the '<em><b>Retries</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RETRY_HANDLER__RETRIES = 0;

  /**
   * The feature id for the '<em><b>Reprompt Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RETRY_HANDLER__REPROMPT_TEXT = 1;

  /**
   * The feature id for the '<em><b>Final Action</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RETRY_HANDLER__FINAL_ACTION = 2;

  /**
   * The number of structural features of the '<em>Retry Handler</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RETRY_HANDLER_FEATURE_COUNT = 3;

  /**
   * The number of operations of the '<em>Retry Handler</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int RETRY_HANDLER_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.MenuImpl <em>Menu</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.MenuImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getMenu()
   * @generated
   */
  int MENU = 7;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__ID = CALLER_INPUT_NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__NAME = CALLER_INPUT_NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__DESCRIPTION = CALLER_INPUT_NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Prompt Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__PROMPT_TEXT = CALLER_INPUT_NODE__PROMPT_TEXT;

  /**
   * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__TIMEOUT_SECONDS = CALLER_INPUT_NODE__TIMEOUT_SECONDS;

  /**
   * The feature id for the '<em><b>No Match</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__NO_MATCH = CALLER_INPUT_NODE__NO_MATCH;

  /**
   * The feature id for the '<em><b>No Input</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__NO_INPUT = CALLER_INPUT_NODE__NO_INPUT;

  /**
   * The feature id for the '<em><b>Options</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU__OPTIONS = CALLER_INPUT_NODE_FEATURE_COUNT + 0;

  /**
   * The number of structural features of the '<em>Menu</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_FEATURE_COUNT = CALLER_INPUT_NODE_FEATURE_COUNT + 1;

  /**
   * The number of operations of the '<em>Menu</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_OPERATION_COUNT = CALLER_INPUT_NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.MenuOptionImpl <em>Menu Option</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.MenuOptionImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getMenuOption()
   * @generated
   */
  int MENU_OPTION = 8;

  /**
   * The feature id for the '<em><b>Key</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_OPTION__KEY = 0;

  /**
   * The feature id for the '<em><b>Phrases</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_OPTION__PHRASES = 1;

  /**
   * The feature id for the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_OPTION__TARGET = 2;

  /**
   * The number of structural features of the '<em>Menu Option</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_OPTION_FEATURE_COUNT = 3;

  /**
   * The number of operations of the '<em>Menu Option</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int MENU_OPTION_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.InputImpl <em>Input</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.InputImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getInput()
   * @generated
   */
  int INPUT = 9;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__ID = CALLER_INPUT_NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__NAME = CALLER_INPUT_NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__DESCRIPTION = CALLER_INPUT_NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Prompt Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__PROMPT_TEXT = CALLER_INPUT_NODE__PROMPT_TEXT;

  /**
   * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__TIMEOUT_SECONDS = CALLER_INPUT_NODE__TIMEOUT_SECONDS;

  /**
   * The feature id for the '<em><b>No Match</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__NO_MATCH = CALLER_INPUT_NODE__NO_MATCH;

  /**
   * The feature id for the '<em><b>No Input</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__NO_INPUT = CALLER_INPUT_NODE__NO_INPUT;

  /**
   * The feature id for the '<em><b>Variable</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__VARIABLE = CALLER_INPUT_NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Min Length</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__MIN_LENGTH = CALLER_INPUT_NODE_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Max Length</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__MAX_LENGTH = CALLER_INPUT_NODE_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Pattern</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__PATTERN = CALLER_INPUT_NODE_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT__NEXT = CALLER_INPUT_NODE_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Input</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT_FEATURE_COUNT = CALLER_INPUT_NODE_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Input</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int INPUT_OPERATION_COUNT = CALLER_INPUT_NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.SelfServiceImpl <em>Self Service</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.SelfServiceImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getSelfService()
   * @generated
   */
  int SELF_SERVICE = 10;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Task</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE__TASK = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE__NEXT = NODE_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Self Service</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE_FEATURE_COUNT = NODE_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Self Service</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SELF_SERVICE_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.RouteImpl <em>Route</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.RouteImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getRoute()
   * @generated
   */
  int ROUTE = 11;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE__QUEUE = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Priority</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE__PRIORITY = NODE_FEATURE_COUNT + 1;

  /**
   * The number of structural features of the '<em>Route</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE_FEATURE_COUNT = NODE_FEATURE_COUNT + 2;

  /**
   * The number of operations of the '<em>Route</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int ROUTE_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.TransferImpl <em>Transfer</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.TransferImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getTransfer()
   * @generated
   */
  int TRANSFER = 12;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRANSFER__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRANSFER__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRANSFER__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Number</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRANSFER__NUMBER = NODE_FEATURE_COUNT + 0;

  /**
   * The number of structural features of the '<em>Transfer</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRANSFER_FEATURE_COUNT = NODE_FEATURE_COUNT + 1;

  /**
   * The number of operations of the '<em>Transfer</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int TRANSFER_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.HoursCheckImpl <em>Hours Check</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.HoursCheckImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getHoursCheck()
   * @generated
   */
  int HOURS_CHECK = 13;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__QUEUE = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Opening Hours</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__OPENING_HOURS = NODE_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Open</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__OPEN = NODE_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Closed</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__CLOSED = NODE_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Holiday</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK__HOLIDAY = NODE_FEATURE_COUNT + 4;

  /**
   * The number of structural features of the '<em>Hours Check</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK_FEATURE_COUNT = NODE_FEATURE_COUNT + 5;

  /**
   * The number of operations of the '<em>Hours Check</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HOURS_CHECK_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.DisconnectImpl <em>Disconnect</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.DisconnectImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getDisconnect()
   * @generated
   */
  int DISCONNECT = 14;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DISCONNECT__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DISCONNECT__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DISCONNECT__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The number of structural features of the '<em>Disconnect</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DISCONNECT_FEATURE_COUNT = NODE_FEATURE_COUNT + 0;

  /**
   * The number of operations of the '<em>Disconnect</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DISCONNECT_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.ExternalStepImpl <em>External Step</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.ExternalStepImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getExternalStep()
   * @generated
   */
  int EXTERNAL_STEP = 15;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP__ID = NODE__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP__NAME = NODE__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP__DESCRIPTION = NODE__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Platform Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP__PLATFORM_TYPE = NODE_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Definition</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP__DEFINITION = NODE_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Exits</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP__EXITS = NODE_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>External Step</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP_FEATURE_COUNT = NODE_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>External Step</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int EXTERNAL_STEP_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.ivr.model.impl.StepExitImpl <em>Step Exit</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.ivr.model.impl.StepExitImpl
   * @see tandem.ivr.model.impl.IvrPackageImpl#getStepExit()
   * @generated
   */
  int STEP_EXIT = 16;

  /**
   * The feature id for the '<em><b>Label</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STEP_EXIT__LABEL = 0;

  /**
   * The feature id for the '<em><b>Failure</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STEP_EXIT__FAILURE = 1;

  /**
   * The feature id for the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STEP_EXIT__TARGET = 2;

  /**
   * The number of structural features of the '<em>Step Exit</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STEP_EXIT_FEATURE_COUNT = 3;

  /**
   * The number of operations of the '<em>Step Exit</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int STEP_EXIT_OPERATION_COUNT = 0;


  /**
   * Returns the meta object for class '{@link tandem.ivr.model.IvrScript <em>Script</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Script</em>'.
   * @see tandem.ivr.model.IvrScript
   * @generated
   */
  EClass getIvrScript();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.IvrScript#getLanguage <em>Language</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Language</em>'.
   * @see tandem.ivr.model.IvrScript#getLanguage()
   * @see #getIvrScript()
   * @generated
   */
  EAttribute getIvrScript_Language();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.ivr.model.IvrScript#getEntryPoints <em>Entry Points</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Entry Points</em>'.
   * @see tandem.ivr.model.IvrScript#getEntryPoints()
   * @see #getIvrScript()
   * @generated
   */
  EReference getIvrScript_EntryPoints();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.ivr.model.IvrScript#getNodes <em>Nodes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Nodes</em>'.
   * @see tandem.ivr.model.IvrScript#getNodes()
   * @see #getIvrScript()
   * @generated
   */
  EReference getIvrScript_Nodes();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.EntryPoint <em>Entry Point</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Entry Point</em>'.
   * @see tandem.ivr.model.EntryPoint
   * @generated
   */
  EClass getEntryPoint();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.EntryPoint#getNumber <em>Number</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Number</em>'.
   * @see tandem.ivr.model.EntryPoint#getNumber()
   * @see #getEntryPoint()
   * @generated
   */
  EAttribute getEntryPoint_Number();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.EntryPoint#getCampaignCode <em>Campaign Code</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Campaign Code</em>'.
   * @see tandem.ivr.model.EntryPoint#getCampaignCode()
   * @see #getEntryPoint()
   * @generated
   */
  EAttribute getEntryPoint_CampaignCode();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.EntryPoint#getCampaign <em>Campaign</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Campaign</em>'.
   * @see tandem.ivr.model.EntryPoint#getCampaign()
   * @see #getEntryPoint()
   * @generated
   */
  EReference getEntryPoint_Campaign();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.EntryPoint#getFirstNode <em>First Node</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>First Node</em>'.
   * @see tandem.ivr.model.EntryPoint#getFirstNode()
   * @see #getEntryPoint()
   * @generated
   */
  EReference getEntryPoint_FirstNode();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.EntryPoint#getLiveFrom <em>Live From</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Live From</em>'.
   * @see tandem.ivr.model.EntryPoint#getLiveFrom()
   * @see #getEntryPoint()
   * @generated
   */
  EAttribute getEntryPoint_LiveFrom();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.EntryPoint#getPlatformFlow <em>Platform Flow</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Platform Flow</em>'.
   * @see tandem.ivr.model.EntryPoint#getPlatformFlow()
   * @see #getEntryPoint()
   * @generated
   */
  EAttribute getEntryPoint_PlatformFlow();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Node <em>Node</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Node</em>'.
   * @see tandem.ivr.model.Node
   * @generated
   */
  EClass getNode();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Prompt <em>Prompt</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Prompt</em>'.
   * @see tandem.ivr.model.Prompt
   * @generated
   */
  EClass getPrompt();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Prompt#getText <em>Text</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Text</em>'.
   * @see tandem.ivr.model.Prompt#getText()
   * @see #getPrompt()
   * @generated
   */
  EAttribute getPrompt_Text();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Prompt#getLanguage <em>Language</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Language</em>'.
   * @see tandem.ivr.model.Prompt#getLanguage()
   * @see #getPrompt()
   * @generated
   */
  EAttribute getPrompt_Language();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Prompt#getAudioFile <em>Audio File</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Audio File</em>'.
   * @see tandem.ivr.model.Prompt#getAudioFile()
   * @see #getPrompt()
   * @generated
   */
  EAttribute getPrompt_AudioFile();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Prompt#getKnowledgeItemId <em>Knowledge Item Id</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Knowledge Item Id</em>'.
   * @see tandem.ivr.model.Prompt#getKnowledgeItemId()
   * @see #getPrompt()
   * @generated
   */
  EAttribute getPrompt_KnowledgeItemId();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.Prompt#getNext <em>Next</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Next</em>'.
   * @see tandem.ivr.model.Prompt#getNext()
   * @see #getPrompt()
   * @generated
   */
  EReference getPrompt_Next();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Message <em>Message</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Message</em>'.
   * @see tandem.ivr.model.Message
   * @generated
   */
  EClass getMessage();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Message#getText <em>Text</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Text</em>'.
   * @see tandem.ivr.model.Message#getText()
   * @see #getMessage()
   * @generated
   */
  EAttribute getMessage_Text();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.Message#getNext <em>Next</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Next</em>'.
   * @see tandem.ivr.model.Message#getNext()
   * @see #getMessage()
   * @generated
   */
  EReference getMessage_Next();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.CallerInputNode <em>Caller Input Node</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Caller Input Node</em>'.
   * @see tandem.ivr.model.CallerInputNode
   * @generated
   */
  EClass getCallerInputNode();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.CallerInputNode#getPromptText <em>Prompt Text</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Prompt Text</em>'.
   * @see tandem.ivr.model.CallerInputNode#getPromptText()
   * @see #getCallerInputNode()
   * @generated
   */
  EAttribute getCallerInputNode_PromptText();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.CallerInputNode#getTimeoutSeconds <em>Timeout Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
   * @see tandem.ivr.model.CallerInputNode#getTimeoutSeconds()
   * @see #getCallerInputNode()
   * @generated
   */
  EAttribute getCallerInputNode_TimeoutSeconds();

  /**
   * Returns the meta object for the containment reference '{@link tandem.ivr.model.CallerInputNode#getNoMatch <em>No Match</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference '<em>No Match</em>'.
   * @see tandem.ivr.model.CallerInputNode#getNoMatch()
   * @see #getCallerInputNode()
   * @generated
   */
  EReference getCallerInputNode_NoMatch();

  /**
   * Returns the meta object for the containment reference '{@link tandem.ivr.model.CallerInputNode#getNoInput <em>No Input</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference '<em>No Input</em>'.
   * @see tandem.ivr.model.CallerInputNode#getNoInput()
   * @see #getCallerInputNode()
   * @generated
   */
  EReference getCallerInputNode_NoInput();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.RetryHandler <em>Retry Handler</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Retry Handler</em>'.
   * @see tandem.ivr.model.RetryHandler
   * @generated
   */
  EClass getRetryHandler();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.RetryHandler#getRetries <em>Retries</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Retries</em>'.
   * @see tandem.ivr.model.RetryHandler#getRetries()
   * @see #getRetryHandler()
   * @generated
   */
  EAttribute getRetryHandler_Retries();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.RetryHandler#getRepromptText <em>Reprompt Text</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Reprompt Text</em>'.
   * @see tandem.ivr.model.RetryHandler#getRepromptText()
   * @see #getRetryHandler()
   * @generated
   */
  EAttribute getRetryHandler_RepromptText();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.RetryHandler#getFinalAction <em>Final Action</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Final Action</em>'.
   * @see tandem.ivr.model.RetryHandler#getFinalAction()
   * @see #getRetryHandler()
   * @generated
   */
  EReference getRetryHandler_FinalAction();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Menu <em>Menu</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Menu</em>'.
   * @see tandem.ivr.model.Menu
   * @generated
   */
  EClass getMenu();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.ivr.model.Menu#getOptions <em>Options</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Options</em>'.
   * @see tandem.ivr.model.Menu#getOptions()
   * @see #getMenu()
   * @generated
   */
  EReference getMenu_Options();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.MenuOption <em>Menu Option</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Menu Option</em>'.
   * @see tandem.ivr.model.MenuOption
   * @generated
   */
  EClass getMenuOption();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.MenuOption#getKey <em>Key</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Key</em>'.
   * @see tandem.ivr.model.MenuOption#getKey()
   * @see #getMenuOption()
   * @generated
   */
  EAttribute getMenuOption_Key();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.MenuOption#getPhrases <em>Phrases</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Phrases</em>'.
   * @see tandem.ivr.model.MenuOption#getPhrases()
   * @see #getMenuOption()
   * @generated
   */
  EAttribute getMenuOption_Phrases();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.MenuOption#getTarget <em>Target</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Target</em>'.
   * @see tandem.ivr.model.MenuOption#getTarget()
   * @see #getMenuOption()
   * @generated
   */
  EReference getMenuOption_Target();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Input <em>Input</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Input</em>'.
   * @see tandem.ivr.model.Input
   * @generated
   */
  EClass getInput();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Input#getVariable <em>Variable</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Variable</em>'.
   * @see tandem.ivr.model.Input#getVariable()
   * @see #getInput()
   * @generated
   */
  EAttribute getInput_Variable();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Input#getMinLength <em>Min Length</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Min Length</em>'.
   * @see tandem.ivr.model.Input#getMinLength()
   * @see #getInput()
   * @generated
   */
  EAttribute getInput_MinLength();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Input#getMaxLength <em>Max Length</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Max Length</em>'.
   * @see tandem.ivr.model.Input#getMaxLength()
   * @see #getInput()
   * @generated
   */
  EAttribute getInput_MaxLength();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Input#getPattern <em>Pattern</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Pattern</em>'.
   * @see tandem.ivr.model.Input#getPattern()
   * @see #getInput()
   * @generated
   */
  EAttribute getInput_Pattern();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.Input#getNext <em>Next</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Next</em>'.
   * @see tandem.ivr.model.Input#getNext()
   * @see #getInput()
   * @generated
   */
  EReference getInput_Next();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.SelfService <em>Self Service</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Self Service</em>'.
   * @see tandem.ivr.model.SelfService
   * @generated
   */
  EClass getSelfService();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.SelfService#getTask <em>Task</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Task</em>'.
   * @see tandem.ivr.model.SelfService#getTask()
   * @see #getSelfService()
   * @generated
   */
  EAttribute getSelfService_Task();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.SelfService#getNext <em>Next</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Next</em>'.
   * @see tandem.ivr.model.SelfService#getNext()
   * @see #getSelfService()
   * @generated
   */
  EReference getSelfService_Next();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Route <em>Route</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Route</em>'.
   * @see tandem.ivr.model.Route
   * @generated
   */
  EClass getRoute();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.Route#getQueue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Queue</em>'.
   * @see tandem.ivr.model.Route#getQueue()
   * @see #getRoute()
   * @generated
   */
  EReference getRoute_Queue();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Route#getPriority <em>Priority</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Priority</em>'.
   * @see tandem.ivr.model.Route#getPriority()
   * @see #getRoute()
   * @generated
   */
  EAttribute getRoute_Priority();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Transfer <em>Transfer</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Transfer</em>'.
   * @see tandem.ivr.model.Transfer
   * @generated
   */
  EClass getTransfer();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.Transfer#getNumber <em>Number</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Number</em>'.
   * @see tandem.ivr.model.Transfer#getNumber()
   * @see #getTransfer()
   * @generated
   */
  EAttribute getTransfer_Number();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.HoursCheck <em>Hours Check</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Hours Check</em>'.
   * @see tandem.ivr.model.HoursCheck
   * @generated
   */
  EClass getHoursCheck();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.HoursCheck#getQueue <em>Queue</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Queue</em>'.
   * @see tandem.ivr.model.HoursCheck#getQueue()
   * @see #getHoursCheck()
   * @generated
   */
  EReference getHoursCheck_Queue();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.HoursCheck#getOpeningHours <em>Opening Hours</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Opening Hours</em>'.
   * @see tandem.ivr.model.HoursCheck#getOpeningHours()
   * @see #getHoursCheck()
   * @generated
   */
  EReference getHoursCheck_OpeningHours();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.HoursCheck#getOpen <em>Open</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Open</em>'.
   * @see tandem.ivr.model.HoursCheck#getOpen()
   * @see #getHoursCheck()
   * @generated
   */
  EReference getHoursCheck_Open();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.HoursCheck#getClosed <em>Closed</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Closed</em>'.
   * @see tandem.ivr.model.HoursCheck#getClosed()
   * @see #getHoursCheck()
   * @generated
   */
  EReference getHoursCheck_Closed();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.HoursCheck#getHoliday <em>Holiday</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Holiday</em>'.
   * @see tandem.ivr.model.HoursCheck#getHoliday()
   * @see #getHoursCheck()
   * @generated
   */
  EReference getHoursCheck_Holiday();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.Disconnect <em>Disconnect</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Disconnect</em>'.
   * @see tandem.ivr.model.Disconnect
   * @generated
   */
  EClass getDisconnect();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.ExternalStep <em>External Step</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>External Step</em>'.
   * @see tandem.ivr.model.ExternalStep
   * @generated
   */
  EClass getExternalStep();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.ExternalStep#getPlatformType <em>Platform Type</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Platform Type</em>'.
   * @see tandem.ivr.model.ExternalStep#getPlatformType()
   * @see #getExternalStep()
   * @generated
   */
  EAttribute getExternalStep_PlatformType();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.ExternalStep#getDefinition <em>Definition</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Definition</em>'.
   * @see tandem.ivr.model.ExternalStep#getDefinition()
   * @see #getExternalStep()
   * @generated
   */
  EAttribute getExternalStep_Definition();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.ivr.model.ExternalStep#getExits <em>Exits</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Exits</em>'.
   * @see tandem.ivr.model.ExternalStep#getExits()
   * @see #getExternalStep()
   * @generated
   */
  EReference getExternalStep_Exits();

  /**
   * Returns the meta object for class '{@link tandem.ivr.model.StepExit <em>Step Exit</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Step Exit</em>'.
   * @see tandem.ivr.model.StepExit
   * @generated
   */
  EClass getStepExit();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.StepExit#getLabel <em>Label</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Label</em>'.
   * @see tandem.ivr.model.StepExit#getLabel()
   * @see #getStepExit()
   * @generated
   */
  EAttribute getStepExit_Label();

  /**
   * Returns the meta object for the attribute '{@link tandem.ivr.model.StepExit#isFailure <em>Failure</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Failure</em>'.
   * @see tandem.ivr.model.StepExit#isFailure()
   * @see #getStepExit()
   * @generated
   */
  EAttribute getStepExit_Failure();

  /**
   * Returns the meta object for the reference '{@link tandem.ivr.model.StepExit#getTarget <em>Target</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Target</em>'.
   * @see tandem.ivr.model.StepExit#getTarget()
   * @see #getStepExit()
   * @generated
   */
  EReference getStepExit_Target();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  IvrFactory getIvrFactory();

  /**
   * <!-- begin-user-doc -->
   * Defines literals for the meta objects that represent
   * <ul>
   *   <li>each class,</li>
   *   <li>each feature of each class,</li>
   *   <li>each operation of each class,</li>
   *   <li>each enum,</li>
   *   <li>and each data type</li>
   * </ul>
   * <!-- end-user-doc -->
   * @generated
   */
  interface Literals
  {
    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.IvrScriptImpl <em>Script</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.IvrScriptImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getIvrScript()
     * @generated
     */
    EClass IVR_SCRIPT = eINSTANCE.getIvrScript();

    /**
     * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute IVR_SCRIPT__LANGUAGE = eINSTANCE.getIvrScript_Language();

    /**
     * The meta object literal for the '<em><b>Entry Points</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference IVR_SCRIPT__ENTRY_POINTS = eINSTANCE.getIvrScript_EntryPoints();

    /**
     * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference IVR_SCRIPT__NODES = eINSTANCE.getIvrScript_Nodes();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.EntryPointImpl <em>Entry Point</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.EntryPointImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getEntryPoint()
     * @generated
     */
    EClass ENTRY_POINT = eINSTANCE.getEntryPoint();

    /**
     * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENTRY_POINT__NUMBER = eINSTANCE.getEntryPoint_Number();

    /**
     * The meta object literal for the '<em><b>Campaign Code</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENTRY_POINT__CAMPAIGN_CODE = eINSTANCE.getEntryPoint_CampaignCode();

    /**
     * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ENTRY_POINT__CAMPAIGN = eINSTANCE.getEntryPoint_Campaign();

    /**
     * The meta object literal for the '<em><b>First Node</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ENTRY_POINT__FIRST_NODE = eINSTANCE.getEntryPoint_FirstNode();

    /**
     * The meta object literal for the '<em><b>Live From</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENTRY_POINT__LIVE_FROM = eINSTANCE.getEntryPoint_LiveFrom();

    /**
     * The meta object literal for the '<em><b>Platform Flow</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ENTRY_POINT__PLATFORM_FLOW = eINSTANCE.getEntryPoint_PlatformFlow();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.NodeImpl <em>Node</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.NodeImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getNode()
     * @generated
     */
    EClass NODE = eINSTANCE.getNode();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.PromptImpl <em>Prompt</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.PromptImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getPrompt()
     * @generated
     */
    EClass PROMPT = eINSTANCE.getPrompt();

    /**
     * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PROMPT__TEXT = eINSTANCE.getPrompt_Text();

    /**
     * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PROMPT__LANGUAGE = eINSTANCE.getPrompt_Language();

    /**
     * The meta object literal for the '<em><b>Audio File</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PROMPT__AUDIO_FILE = eINSTANCE.getPrompt_AudioFile();

    /**
     * The meta object literal for the '<em><b>Knowledge Item Id</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute PROMPT__KNOWLEDGE_ITEM_ID = eINSTANCE.getPrompt_KnowledgeItemId();

    /**
     * The meta object literal for the '<em><b>Next</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference PROMPT__NEXT = eINSTANCE.getPrompt_Next();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.MessageImpl <em>Message</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.MessageImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getMessage()
     * @generated
     */
    EClass MESSAGE = eINSTANCE.getMessage();

    /**
     * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute MESSAGE__TEXT = eINSTANCE.getMessage_Text();

    /**
     * The meta object literal for the '<em><b>Next</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference MESSAGE__NEXT = eINSTANCE.getMessage_Next();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.CallerInputNodeImpl <em>Caller Input Node</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.CallerInputNodeImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getCallerInputNode()
     * @generated
     */
    EClass CALLER_INPUT_NODE = eINSTANCE.getCallerInputNode();

    /**
     * The meta object literal for the '<em><b>Prompt Text</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CALLER_INPUT_NODE__PROMPT_TEXT = eINSTANCE.getCallerInputNode_PromptText();

    /**
     * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CALLER_INPUT_NODE__TIMEOUT_SECONDS = eINSTANCE.getCallerInputNode_TimeoutSeconds();

    /**
     * The meta object literal for the '<em><b>No Match</b></em>' containment reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CALLER_INPUT_NODE__NO_MATCH = eINSTANCE.getCallerInputNode_NoMatch();

    /**
     * The meta object literal for the '<em><b>No Input</b></em>' containment reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CALLER_INPUT_NODE__NO_INPUT = eINSTANCE.getCallerInputNode_NoInput();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.RetryHandlerImpl <em>Retry Handler</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.RetryHandlerImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getRetryHandler()
     * @generated
     */
    EClass RETRY_HANDLER = eINSTANCE.getRetryHandler();

    /**
     * The meta object literal for the '<em><b>Retries</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RETRY_HANDLER__RETRIES = eINSTANCE.getRetryHandler_Retries();

    /**
     * The meta object literal for the '<em><b>Reprompt Text</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute RETRY_HANDLER__REPROMPT_TEXT = eINSTANCE.getRetryHandler_RepromptText();

    /**
     * The meta object literal for the '<em><b>Final Action</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference RETRY_HANDLER__FINAL_ACTION = eINSTANCE.getRetryHandler_FinalAction();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.MenuImpl <em>Menu</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.MenuImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getMenu()
     * @generated
     */
    EClass MENU = eINSTANCE.getMenu();

    /**
     * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference MENU__OPTIONS = eINSTANCE.getMenu_Options();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.MenuOptionImpl <em>Menu Option</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.MenuOptionImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getMenuOption()
     * @generated
     */
    EClass MENU_OPTION = eINSTANCE.getMenuOption();

    /**
     * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute MENU_OPTION__KEY = eINSTANCE.getMenuOption_Key();

    /**
     * The meta object literal for the '<em><b>Phrases</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute MENU_OPTION__PHRASES = eINSTANCE.getMenuOption_Phrases();

    /**
     * The meta object literal for the '<em><b>Target</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference MENU_OPTION__TARGET = eINSTANCE.getMenuOption_Target();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.InputImpl <em>Input</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.InputImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getInput()
     * @generated
     */
    EClass INPUT = eINSTANCE.getInput();

    /**
     * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INPUT__VARIABLE = eINSTANCE.getInput_Variable();

    /**
     * The meta object literal for the '<em><b>Min Length</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INPUT__MIN_LENGTH = eINSTANCE.getInput_MinLength();

    /**
     * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INPUT__MAX_LENGTH = eINSTANCE.getInput_MaxLength();

    /**
     * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute INPUT__PATTERN = eINSTANCE.getInput_Pattern();

    /**
     * The meta object literal for the '<em><b>Next</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference INPUT__NEXT = eINSTANCE.getInput_Next();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.SelfServiceImpl <em>Self Service</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.SelfServiceImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getSelfService()
     * @generated
     */
    EClass SELF_SERVICE = eINSTANCE.getSelfService();

    /**
     * The meta object literal for the '<em><b>Task</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SELF_SERVICE__TASK = eINSTANCE.getSelfService_Task();

    /**
     * The meta object literal for the '<em><b>Next</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference SELF_SERVICE__NEXT = eINSTANCE.getSelfService_Next();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.RouteImpl <em>Route</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.RouteImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getRoute()
     * @generated
     */
    EClass ROUTE = eINSTANCE.getRoute();

    /**
     * The meta object literal for the '<em><b>Queue</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference ROUTE__QUEUE = eINSTANCE.getRoute_Queue();

    /**
     * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute ROUTE__PRIORITY = eINSTANCE.getRoute_Priority();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.TransferImpl <em>Transfer</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.TransferImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getTransfer()
     * @generated
     */
    EClass TRANSFER = eINSTANCE.getTransfer();

    /**
     * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute TRANSFER__NUMBER = eINSTANCE.getTransfer_Number();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.HoursCheckImpl <em>Hours Check</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.HoursCheckImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getHoursCheck()
     * @generated
     */
    EClass HOURS_CHECK = eINSTANCE.getHoursCheck();

    /**
     * The meta object literal for the '<em><b>Queue</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HOURS_CHECK__QUEUE = eINSTANCE.getHoursCheck_Queue();

    /**
     * The meta object literal for the '<em><b>Opening Hours</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HOURS_CHECK__OPENING_HOURS = eINSTANCE.getHoursCheck_OpeningHours();

    /**
     * The meta object literal for the '<em><b>Open</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HOURS_CHECK__OPEN = eINSTANCE.getHoursCheck_Open();

    /**
     * The meta object literal for the '<em><b>Closed</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HOURS_CHECK__CLOSED = eINSTANCE.getHoursCheck_Closed();

    /**
     * The meta object literal for the '<em><b>Holiday</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference HOURS_CHECK__HOLIDAY = eINSTANCE.getHoursCheck_Holiday();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.DisconnectImpl <em>Disconnect</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.DisconnectImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getDisconnect()
     * @generated
     */
    EClass DISCONNECT = eINSTANCE.getDisconnect();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.ExternalStepImpl <em>External Step</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.ExternalStepImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getExternalStep()
     * @generated
     */
    EClass EXTERNAL_STEP = eINSTANCE.getExternalStep();

    /**
     * The meta object literal for the '<em><b>Platform Type</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute EXTERNAL_STEP__PLATFORM_TYPE = eINSTANCE.getExternalStep_PlatformType();

    /**
     * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute EXTERNAL_STEP__DEFINITION = eINSTANCE.getExternalStep_Definition();

    /**
     * The meta object literal for the '<em><b>Exits</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference EXTERNAL_STEP__EXITS = eINSTANCE.getExternalStep_Exits();

    /**
     * The meta object literal for the '{@link tandem.ivr.model.impl.StepExitImpl <em>Step Exit</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.ivr.model.impl.StepExitImpl
     * @see tandem.ivr.model.impl.IvrPackageImpl#getStepExit()
     * @generated
     */
    EClass STEP_EXIT = eINSTANCE.getStepExit();

    /**
     * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STEP_EXIT__LABEL = eINSTANCE.getStepExit_Label();

    /**
     * The meta object literal for the '<em><b>Failure</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute STEP_EXIT__FAILURE = eINSTANCE.getStepExit_Failure();

    /**
     * The meta object literal for the '<em><b>Target</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference STEP_EXIT__TARGET = eINSTANCE.getStepExit_Target();

  }

} //IvrPackage
