/**
 */
package tandem.ivr.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import tandem.core.model.Identified;
import tandem.core.model.NamedElement;
import tandem.core.model.PlanDocument;

import tandem.ivr.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see tandem.ivr.model.IvrPackage
 * @generated
 */
public class IvrSwitch<T> extends Switch<T>
{
  /**
   * The cached model package
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected static IvrPackage modelPackage;

  /**
   * Creates an instance of the switch.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public IvrSwitch()
  {
    if (modelPackage == null)
    {
      modelPackage = IvrPackage.eINSTANCE;
    }
  }

  /**
   * Checks whether this is a switch for the given package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param ePackage the package in question.
   * @return whether this is a switch for the given package.
   * @generated
   */
  @Override
  protected boolean isSwitchFor(EPackage ePackage)
  {
    return ePackage == modelPackage;
  }

  /**
   * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the first non-null result returned by a <code>caseXXX</code> call.
   * @generated
   */
  @Override
  protected T doSwitch(int classifierID, EObject theEObject)
  {
    switch (classifierID)
    {
      case IvrPackage.IVR_SCRIPT:
      {
        IvrScript ivrScript = (IvrScript)theEObject;
        T result = caseIvrScript(ivrScript);
        if (result == null) result = casePlanDocument(ivrScript);
        if (result == null) result = caseNamedElement(ivrScript);
        if (result == null) result = caseIdentified(ivrScript);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.ENTRY_POINT:
      {
        EntryPoint entryPoint = (EntryPoint)theEObject;
        T result = caseEntryPoint(entryPoint);
        if (result == null) result = caseNamedElement(entryPoint);
        if (result == null) result = caseIdentified(entryPoint);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.NODE:
      {
        Node node = (Node)theEObject;
        T result = caseNode(node);
        if (result == null) result = caseNamedElement(node);
        if (result == null) result = caseIdentified(node);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.PROMPT:
      {
        Prompt prompt = (Prompt)theEObject;
        T result = casePrompt(prompt);
        if (result == null) result = caseNode(prompt);
        if (result == null) result = caseNamedElement(prompt);
        if (result == null) result = caseIdentified(prompt);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.MESSAGE:
      {
        Message message = (Message)theEObject;
        T result = caseMessage(message);
        if (result == null) result = caseNode(message);
        if (result == null) result = caseNamedElement(message);
        if (result == null) result = caseIdentified(message);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.CALLER_INPUT_NODE:
      {
        CallerInputNode callerInputNode = (CallerInputNode)theEObject;
        T result = caseCallerInputNode(callerInputNode);
        if (result == null) result = caseNode(callerInputNode);
        if (result == null) result = caseNamedElement(callerInputNode);
        if (result == null) result = caseIdentified(callerInputNode);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.RETRY_HANDLER:
      {
        RetryHandler retryHandler = (RetryHandler)theEObject;
        T result = caseRetryHandler(retryHandler);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.MENU:
      {
        Menu menu = (Menu)theEObject;
        T result = caseMenu(menu);
        if (result == null) result = caseCallerInputNode(menu);
        if (result == null) result = caseNode(menu);
        if (result == null) result = caseNamedElement(menu);
        if (result == null) result = caseIdentified(menu);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.MENU_OPTION:
      {
        MenuOption menuOption = (MenuOption)theEObject;
        T result = caseMenuOption(menuOption);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.INPUT:
      {
        Input input = (Input)theEObject;
        T result = caseInput(input);
        if (result == null) result = caseCallerInputNode(input);
        if (result == null) result = caseNode(input);
        if (result == null) result = caseNamedElement(input);
        if (result == null) result = caseIdentified(input);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.SELF_SERVICE:
      {
        SelfService selfService = (SelfService)theEObject;
        T result = caseSelfService(selfService);
        if (result == null) result = caseNode(selfService);
        if (result == null) result = caseNamedElement(selfService);
        if (result == null) result = caseIdentified(selfService);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.ROUTE:
      {
        Route route = (Route)theEObject;
        T result = caseRoute(route);
        if (result == null) result = caseNode(route);
        if (result == null) result = caseNamedElement(route);
        if (result == null) result = caseIdentified(route);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.TRANSFER:
      {
        Transfer transfer = (Transfer)theEObject;
        T result = caseTransfer(transfer);
        if (result == null) result = caseNode(transfer);
        if (result == null) result = caseNamedElement(transfer);
        if (result == null) result = caseIdentified(transfer);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.HOURS_CHECK:
      {
        HoursCheck hoursCheck = (HoursCheck)theEObject;
        T result = caseHoursCheck(hoursCheck);
        if (result == null) result = caseNode(hoursCheck);
        if (result == null) result = caseNamedElement(hoursCheck);
        if (result == null) result = caseIdentified(hoursCheck);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.DISCONNECT:
      {
        Disconnect disconnect = (Disconnect)theEObject;
        T result = caseDisconnect(disconnect);
        if (result == null) result = caseNode(disconnect);
        if (result == null) result = caseNamedElement(disconnect);
        if (result == null) result = caseIdentified(disconnect);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.EXTERNAL_STEP:
      {
        ExternalStep externalStep = (ExternalStep)theEObject;
        T result = caseExternalStep(externalStep);
        if (result == null) result = caseNode(externalStep);
        if (result == null) result = caseNamedElement(externalStep);
        if (result == null) result = caseIdentified(externalStep);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      case IvrPackage.STEP_EXIT:
      {
        StepExit stepExit = (StepExit)theEObject;
        T result = caseStepExit(stepExit);
        if (result == null) result = defaultCase(theEObject);
        return result;
      }
      default: return defaultCase(theEObject);
    }
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Script</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Script</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseIvrScript(IvrScript object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Entry Point</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Entry Point</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseEntryPoint(EntryPoint object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Node</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Node</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseNode(Node object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Prompt</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Prompt</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T casePrompt(Prompt object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Message</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Message</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseMessage(Message object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Caller Input Node</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Caller Input Node</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseCallerInputNode(CallerInputNode object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Retry Handler</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Retry Handler</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseRetryHandler(RetryHandler object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Menu</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Menu</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseMenu(Menu object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Menu Option</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Menu Option</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseMenuOption(MenuOption object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Input</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Input</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseInput(Input object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Self Service</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Self Service</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseSelfService(SelfService object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Route</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Route</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseRoute(Route object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Transfer</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Transfer</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseTransfer(Transfer object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Hours Check</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Hours Check</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseHoursCheck(HoursCheck object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Disconnect</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Disconnect</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseDisconnect(Disconnect object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>External Step</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>External Step</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseExternalStep(ExternalStep object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Step Exit</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Step Exit</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseStepExit(StepExit object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseIdentified(Identified object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T caseNamedElement(NamedElement object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>Plan Document</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>Plan Document</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
   * @generated
   */
  public T casePlanDocument(PlanDocument object)
  {
    return null;
  }

  /**
   * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
   * <!-- begin-user-doc -->
   * This implementation returns null;
   * returning a non-null result will terminate the switch, but this is the last case anyway.
   * <!-- end-user-doc -->
   * @param object the target of the switch.
   * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
   * @see #doSwitch(org.eclipse.emf.ecore.EObject)
   * @generated
   */
  @Override
  public T defaultCase(EObject object)
  {
    return null;
  }

} //IvrSwitch
