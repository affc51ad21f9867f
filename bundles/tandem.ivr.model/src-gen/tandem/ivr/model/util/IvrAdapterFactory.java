/**
 */
package tandem.ivr.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import tandem.core.model.Identified;
import tandem.core.model.NamedElement;
import tandem.core.model.PlanDocument;

import tandem.ivr.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see tandem.ivr.model.IvrPackage
 * @generated
 */
public class IvrAdapterFactory extends AdapterFactoryImpl
{
  /**
   * The cached model package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected static IvrPackage modelPackage;

  /**
   * Creates an instance of the adapter factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public IvrAdapterFactory()
  {
    if (modelPackage == null)
    {
      modelPackage = IvrPackage.eINSTANCE;
    }
  }

  /**
   * Returns whether this factory is applicable for the type of the object.
   * <!-- begin-user-doc -->
   * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
   * <!-- end-user-doc -->
   * @return whether this factory is applicable for the type of the object.
   * @generated
   */
  @Override
  public boolean isFactoryForType(Object object)
  {
    if (object == modelPackage)
    {
      return true;
    }
    if (object instanceof EObject)
    {
      return ((EObject)object).eClass().getEPackage() == modelPackage;
    }
    return false;
  }

  /**
   * The switch that delegates to the <code>createXXX</code> methods.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected IvrSwitch<Adapter> modelSwitch =
    new IvrSwitch<Adapter>()
    {
      @Override
      public Adapter caseIvrScript(IvrScript object)
      {
        return createIvrScriptAdapter();
      }
      @Override
      public Adapter caseEntryPoint(EntryPoint object)
      {
        return createEntryPointAdapter();
      }
      @Override
      public Adapter caseNode(Node object)
      {
        return createNodeAdapter();
      }
      @Override
      public Adapter casePrompt(Prompt object)
      {
        return createPromptAdapter();
      }
      @Override
      public Adapter caseMessage(Message object)
      {
        return createMessageAdapter();
      }
      @Override
      public Adapter caseCallerInputNode(CallerInputNode object)
      {
        return createCallerInputNodeAdapter();
      }
      @Override
      public Adapter caseRetryHandler(RetryHandler object)
      {
        return createRetryHandlerAdapter();
      }
      @Override
      public Adapter caseMenu(Menu object)
      {
        return createMenuAdapter();
      }
      @Override
      public Adapter caseMenuOption(MenuOption object)
      {
        return createMenuOptionAdapter();
      }
      @Override
      public Adapter caseInput(Input object)
      {
        return createInputAdapter();
      }
      @Override
      public Adapter caseSelfService(SelfService object)
      {
        return createSelfServiceAdapter();
      }
      @Override
      public Adapter caseRoute(Route object)
      {
        return createRouteAdapter();
      }
      @Override
      public Adapter caseTransfer(Transfer object)
      {
        return createTransferAdapter();
      }
      @Override
      public Adapter caseHoursCheck(HoursCheck object)
      {
        return createHoursCheckAdapter();
      }
      @Override
      public Adapter caseDisconnect(Disconnect object)
      {
        return createDisconnectAdapter();
      }
      @Override
      public Adapter caseExternalStep(ExternalStep object)
      {
        return createExternalStepAdapter();
      }
      @Override
      public Adapter caseStepExit(StepExit object)
      {
        return createStepExitAdapter();
      }
      @Override
      public Adapter caseIdentified(Identified object)
      {
        return createIdentifiedAdapter();
      }
      @Override
      public Adapter caseNamedElement(NamedElement object)
      {
        return createNamedElementAdapter();
      }
      @Override
      public Adapter casePlanDocument(PlanDocument object)
      {
        return createPlanDocumentAdapter();
      }
      @Override
      public Adapter defaultCase(EObject object)
      {
        return createEObjectAdapter();
      }
    };

  /**
   * Creates an adapter for the <code>target</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param target the object to adapt.
   * @return the adapter for the <code>target</code>.
   * @generated
   */
  @Override
  public Adapter createAdapter(Notifier target)
  {
    return modelSwitch.doSwitch((EObject)target);
  }


  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.IvrScript <em>Script</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.IvrScript
   * @generated
   */
  public Adapter createIvrScriptAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.EntryPoint <em>Entry Point</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.EntryPoint
   * @generated
   */
  public Adapter createEntryPointAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Node <em>Node</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Node
   * @generated
   */
  public Adapter createNodeAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Prompt <em>Prompt</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Prompt
   * @generated
   */
  public Adapter createPromptAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Message <em>Message</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Message
   * @generated
   */
  public Adapter createMessageAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.CallerInputNode <em>Caller Input Node</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.CallerInputNode
   * @generated
   */
  public Adapter createCallerInputNodeAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.RetryHandler <em>Retry Handler</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.RetryHandler
   * @generated
   */
  public Adapter createRetryHandlerAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Menu <em>Menu</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Menu
   * @generated
   */
  public Adapter createMenuAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.MenuOption <em>Menu Option</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.MenuOption
   * @generated
   */
  public Adapter createMenuOptionAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Input <em>Input</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Input
   * @generated
   */
  public Adapter createInputAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.SelfService <em>Self Service</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.SelfService
   * @generated
   */
  public Adapter createSelfServiceAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Route <em>Route</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Route
   * @generated
   */
  public Adapter createRouteAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Transfer <em>Transfer</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Transfer
   * @generated
   */
  public Adapter createTransferAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.HoursCheck <em>Hours Check</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.HoursCheck
   * @generated
   */
  public Adapter createHoursCheckAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.Disconnect <em>Disconnect</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.Disconnect
   * @generated
   */
  public Adapter createDisconnectAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.ExternalStep <em>External Step</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.ExternalStep
   * @generated
   */
  public Adapter createExternalStepAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.ivr.model.StepExit <em>Step Exit</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.ivr.model.StepExit
   * @generated
   */
  public Adapter createStepExitAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.core.model.Identified <em>Identified</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.core.model.Identified
   * @generated
   */
  public Adapter createIdentifiedAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.core.model.NamedElement <em>Named Element</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.core.model.NamedElement
   * @generated
   */
  public Adapter createNamedElementAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.core.model.PlanDocument <em>Plan Document</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.core.model.PlanDocument
   * @generated
   */
  public Adapter createPlanDocumentAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for the default case.
   * <!-- begin-user-doc -->
   * This default implementation returns null.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @generated
   */
  public Adapter createEObjectAdapter()
  {
    return null;
  }

} //IvrAdapterFactory
