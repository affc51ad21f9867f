/**
 */
package tandem.ivr.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.core.model.provider.PlanDocumentItemProvider;

import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.IvrScript;

/**
 * This is the item provider adapter for a {@link tandem.ivr.model.IvrScript} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class IvrScriptItemProvider extends PlanDocumentItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public IvrScriptItemProvider(AdapterFactory adapterFactory)
  {
    super(adapterFactory);
  }

  /**
   * This returns the property descriptors for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
  {
    if (itemPropertyDescriptors == null)
    {
      super.getPropertyDescriptors(object);

      addLanguagePropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Language feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addLanguagePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_IvrScript_language_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_IvrScript_language_feature", "_UI_IvrScript_type"),
         IvrPackage.Literals.IVR_SCRIPT__LANGUAGE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
   * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
   * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
  {
    if (childrenFeatures == null)
    {
      super.getChildrenFeatures(object);
      childrenFeatures.add(IvrPackage.Literals.IVR_SCRIPT__ENTRY_POINTS);
      childrenFeatures.add(IvrPackage.Literals.IVR_SCRIPT__NODES);
    }
    return childrenFeatures;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EStructuralFeature getChildFeature(Object object, Object child)
  {
    // Check the type of the specified child object and return the proper feature to use for
    // adding (see {@link AddCommand}) it as a child.

    return super.getChildFeature(object, child);
  }

  /**
   * This returns IvrScript.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/IvrScript"));
  }

  /**
   * This returns the label text for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getText(Object object)
  {
    String label = ((IvrScript)object).getName();
    return label == null || label.length() == 0 ?
      getString("_UI_IvrScript_type") :
      getString("_UI_IvrScript_type") + " " + label;
  }


  /**
   * This handles model notifications by calling {@link #updateChildren} to update any cached
   * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void notifyChanged(Notification notification)
  {
    updateChildren(notification);

    switch (notification.getFeatureID(IvrScript.class))
    {
      case IvrPackage.IVR_SCRIPT__LANGUAGE:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        return;
      case IvrPackage.IVR_SCRIPT__ENTRY_POINTS:
      case IvrPackage.IVR_SCRIPT__NODES:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
        return;
    }
    super.notifyChanged(notification);
  }

  /**
   * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
   * that can be created under this object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
  {
    super.collectNewChildDescriptors(newChildDescriptors, object);

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__ENTRY_POINTS,
         IvrFactory.eINSTANCE.createEntryPoint()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createPrompt()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createMessage()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createMenu()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createInput()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createSelfService()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createRoute()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createTransfer()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createHoursCheck()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createDisconnect()));

    newChildDescriptors.add
      (createChildParameter
        (IvrPackage.Literals.IVR_SCRIPT__NODES,
         IvrFactory.eINSTANCE.createExternalStep()));
  }

  /**
   * Return the resource locator for this item provider's resources.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ResourceLocator getResourceLocator()
  {
    return IvrEditPlugin.INSTANCE;
  }

}
