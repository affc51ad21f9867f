/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import tandem.ivr.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IvrFactoryImpl extends EFactoryImpl implements IvrFactory
{
  /**
   * Creates the default factory implementation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static IvrFactory init()
  {
    try
    {
      IvrFactory theIvrFactory = (IvrFactory)EPackage.Registry.INSTANCE.getEFactory(IvrPackage.eNS_URI);
      if (theIvrFactory != null)
      {
        return theIvrFactory;
      }
    }
    catch (Exception exception)
    {
      EcorePlugin.INSTANCE.log(exception);
    }
    return new IvrFactoryImpl();
  }

  /**
   * Creates an instance of the factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public IvrFactoryImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EObject create(EClass eClass)
  {
    switch (eClass.getClassifierID())
    {
      case IvrPackage.IVR_SCRIPT: return createIvrScript();
      case IvrPackage.ENTRY_POINT: return createEntryPoint();
      case IvrPackage.PROMPT: return createPrompt();
      case IvrPackage.MESSAGE: return createMessage();
      case IvrPackage.RETRY_HANDLER: return createRetryHandler();
      case IvrPackage.MENU: return createMenu();
      case IvrPackage.MENU_OPTION: return createMenuOption();
      case IvrPackage.INPUT: return createInput();
      case IvrPackage.SELF_SERVICE: return createSelfService();
      case IvrPackage.ROUTE: return createRoute();
      case IvrPackage.TRANSFER: return createTransfer();
      case IvrPackage.HOURS_CHECK: return createHoursCheck();
      case IvrPackage.DISCONNECT: return createDisconnect();
      case IvrPackage.EXTERNAL_STEP: return createExternalStep();
      case IvrPackage.STEP_EXIT: return createStepExit();
      default:
        throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public IvrScript createIvrScript()
  {
    IvrScriptImpl ivrScript = new IvrScriptImpl();
    return ivrScript;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EntryPoint createEntryPoint()
  {
    EntryPointImpl entryPoint = new EntryPointImpl();
    return entryPoint;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Prompt createPrompt()
  {
    PromptImpl prompt = new PromptImpl();
    return prompt;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Message createMessage()
  {
    MessageImpl message = new MessageImpl();
    return message;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RetryHandler createRetryHandler()
  {
    RetryHandlerImpl retryHandler = new RetryHandlerImpl();
    return retryHandler;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Menu createMenu()
  {
    MenuImpl menu = new MenuImpl();
    return menu;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public MenuOption createMenuOption()
  {
    MenuOptionImpl menuOption = new MenuOptionImpl();
    return menuOption;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Input createInput()
  {
    InputImpl input = new InputImpl();
    return input;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public SelfService createSelfService()
  {
    SelfServiceImpl selfService = new SelfServiceImpl();
    return selfService;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Route createRoute()
  {
    RouteImpl route = new RouteImpl();
    return route;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Transfer createTransfer()
  {
    TransferImpl transfer = new TransferImpl();
    return transfer;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public HoursCheck createHoursCheck()
  {
    HoursCheckImpl hoursCheck = new HoursCheckImpl();
    return hoursCheck;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Disconnect createDisconnect()
  {
    DisconnectImpl disconnect = new DisconnectImpl();
    return disconnect;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ExternalStep createExternalStep()
  {
    ExternalStepImpl externalStep = new ExternalStepImpl();
    return externalStep;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public StepExit createStepExit()
  {
    StepExitImpl stepExit = new StepExitImpl();
    return stepExit;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public IvrPackage getIvrPackage()
  {
    return (IvrPackage)getEPackage();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @deprecated
   * @generated
   */
  @Deprecated
  public static IvrPackage getPackage()
  {
    return IvrPackage.eINSTANCE;
  }

} //IvrFactoryImpl
