/**
 */
package tandem.training.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Knowledge Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.training.model.TrainingPackage#getKnowledgeKind()
 * @model
 * @generated
 */
public enum KnowledgeKind implements Enumerator
{
  /**
   * The '<em><b>Script</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SCRIPT_VALUE
   * @generated
   * @ordered
   */
  SCRIPT(0, "script", "script"),

  /**
   * The '<em><b>Scenario</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SCENARIO_VALUE
   * @generated
   * @ordered
   */
  SCENARIO(1, "scenario", "scenario"),

  /**
   * The '<em><b>Faq</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #FAQ_VALUE
   * @generated
   * @ordered
   */
  FAQ(2, "faq", "faq"),

  /**
   * The '<em><b>How To</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #HOW_TO_VALUE
   * @generated
   * @ordered
   */
  HOW_TO(3, "howTo", "howTo"),

  /**
   * The '<em><b>Job Aid</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #JOB_AID_VALUE
   * @generated
   * @ordered
   */
  JOB_AID(4, "jobAid", "jobAid");

  /**
   * The '<em><b>Script</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SCRIPT
   * @model name="script"
   * @generated
   * @ordered
   */
  public static final int SCRIPT_VALUE = 0;

  /**
   * The '<em><b>Scenario</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SCENARIO
   * @model name="scenario"
   * @generated
   * @ordered
   */
  public static final int SCENARIO_VALUE = 1;

  /**
   * The '<em><b>Faq</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #FAQ
   * @model name="faq"
   * @generated
   * @ordered
   */
  public static final int FAQ_VALUE = 2;

  /**
   * The '<em><b>How To</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #HOW_TO
   * @model name="howTo"
   * @generated
   * @ordered
   */
  public static final int HOW_TO_VALUE = 3;

  /**
   * The '<em><b>Job Aid</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #JOB_AID
   * @model name="jobAid"
   * @generated
   * @ordered
   */
  public static final int JOB_AID_VALUE = 4;

  /**
   * An array of all the '<em><b>Knowledge Kind</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final KnowledgeKind[] VALUES_ARRAY =
    new KnowledgeKind[]
    {
      SCRIPT,
      SCENARIO,
      FAQ,
      HOW_TO,
      JOB_AID,
    };

  /**
   * A public read-only list of all the '<em><b>Knowledge Kind</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<KnowledgeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Knowledge Kind</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static KnowledgeKind get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      KnowledgeKind result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Knowledge Kind</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static KnowledgeKind getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      KnowledgeKind result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Knowledge Kind</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static KnowledgeKind get(int value)
  {
    switch (value)
    {
      case SCRIPT_VALUE: return SCRIPT;
      case SCENARIO_VALUE: return SCENARIO;
      case FAQ_VALUE: return FAQ;
      case HOW_TO_VALUE: return HOW_TO;
      case JOB_AID_VALUE: return JOB_AID;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private KnowledgeKind(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //KnowledgeKind
