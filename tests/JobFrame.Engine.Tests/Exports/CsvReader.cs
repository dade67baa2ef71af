using System.Text;

namespace JobFrame.Engine.Tests.Exports;

/// <summary>A strict RFC 4180 reader, to prove what a spreadsheet would read back from the CSV export.</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "unterminated quoted field");
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }
            }

            while (i < csv.Length && csv[i] is not (',' or '\r'))
            {
                Assert.NotEqual('"', csv[i]);
                Assert.NotEqual('\n', csv[i]);
                field.Append(csv[i++]);
            }

            record.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }

            Assert.True(i + 1 < csv.Length && csv[i] == '\r' && csv[i + 1] == '\n', "a record must end with CRLF");
            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }
}
