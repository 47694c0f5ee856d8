using System;
using System.Text;

namespace CeGenerators.Emit
{
    /// <summary>A small indenting text writer: generated code is emitted as text, line by line.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
        }

        /// <summary>Writes several lines (separated by '\n') at the current indentation.</summary>
        public void Lines(string text)
        {
            foreach (string line in text.Split('\n'))
            {
                Line(line.TrimEnd('\r'));
            }
        }

        public void Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
        }

        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        public IDisposable Block(string text)
        {
            Open(text);
            return new Closer(this);
        }

        public override string ToString() => _builder.ToString();

        private sealed class Closer : IDisposable
        {
            private readonly SourceWriter _writer;

            public Closer(SourceWriter writer) => _writer = writer;

            public void Dispose() => _writer.Close();
        }
    }
}
