namespace JobFrame.Bot.Tests.Telemetry;

/// <summary>
/// Reads the protobuf wire format (https://protobuf.dev/programming-guides/encoding/) just far enough to walk OTLP
/// messages: each field's number, and its bytes or number.
/// </summary>
internal static class ProtobufFields
{
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Bytes, ulong Value)> Read(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        var fields = new List<(int, ReadOnlyMemory<byte>, ulong)>();
        var span = message.Span;
        while (position < span.Length)
        {
            var key = Varint(span, ref position);
            var number = (int)(key >> 3);
            switch (key & 7)
            {
                case 0:
                    fields.Add((number, ReadOnlyMemory<byte>.Empty, Varint(span, ref position)));
                    break;
                case 1:
                    fields.Add((number, message.Slice(position, 8), BitConverter.ToUInt64(span.Slice(position, 8))));
                    position += 8;
                    break;
                case 2:
                    var length = (int)Varint(span, ref position);
                    fields.Add((number, message.Slice(position, length), 0));
                    position += length;
                    break;
                case 5:
                    fields.Add((number, message.Slice(position, 4), BitConverter.ToUInt32(span.Slice(position, 4))));
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Wire type {key & 7} is not used by OTLP.");
            }
        }

        return fields;
    }

    /// <summary>The embedded messages (or strings, or bytes) in field <paramref name="number"/>.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> All(ReadOnlyMemory<byte> message, int number) =>
        Read(message).Where(field => field.Number == number).Select(field => field.Bytes);

    public static string Text(ReadOnlyMemory<byte> message, int number) =>
        All(message, number).Select(bytes => System.Text.Encoding.UTF8.GetString(bytes.Span)).FirstOrDefault() ?? string.Empty;

    public static string Hex(ReadOnlyMemory<byte> message, int number) =>
        All(message, number).Select(bytes => Convert.ToHexString(bytes.Span)).FirstOrDefault() ?? string.Empty;

    private static ulong Varint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = span[position++];
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
