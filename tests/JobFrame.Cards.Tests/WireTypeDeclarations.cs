using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Cards.Tests;

/// <summary>
/// Finds properties whose declared type would lose its "type" discriminator: System.Text.Json writes a discriminator
/// only when the declared type is polymorphic, so a property typed as a concrete block, element or action would be
/// written without it, and both Slack and Adaptive Card hosts reject such an object.
/// </summary>
internal static class WireTypeDeclarations
{
    public static IEnumerable<string> PropertiesWithoutDiscriminator(JsonTypeInfo typeInfo, IReadOnlyCollection<Type> polymorphicBases) =>
        typeInfo.Properties
            .Where(property => LosesDiscriminator(ElementTypeOf(property.PropertyType), polymorphicBases))
            .Select(property => $"{typeInfo.Type.Name}.{property.Name}");

    private static bool LosesDiscriminator(Type declared, IReadOnlyCollection<Type> polymorphicBases) =>
        polymorphicBases.Any(declared.IsSubclassOf) && declared.GetCustomAttribute<JsonPolymorphicAttribute>(inherit: false) is null;

    private static Type ElementTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>) ? type.GetGenericArguments()[0] : type;
}
