package org.kmstray.ui.status;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import org.kmstray.i18n.Messages;
import org.kmstray.ui.theme.Palette;

/** The products as a read-only table; the days-left cell is coloured by urgency. */
final class ProductTable {
    private static final String[] COLUMNS = {"status.column.product", "status.column.channel", "status.column.status",
        "status.column.daysLeft", "status.column.expiry", "status.column.kmsHost"};
    static final int DAYS_COLUMN = 3;

    private ProductTable() {
    }

    static JScrollPane of(List<ProductRow> rows, Messages m) {
        JTable table = new JTable(new Model(rows, m));
        table.setName("products");
        table.setFillsViewportHeight(true);
        table.setRowSelectionAllowed(true);
        table.setCellSelectionEnabled(false);
        table.setShowVerticalLines(false);
        table.getTableHeader().setReorderingAllowed(false);
        if (table.getTableHeader().getDefaultRenderer() instanceof JLabel header) {
            header.setHorizontalAlignment(javax.swing.SwingConstants.LEADING);
        }
        table.getAccessibleContext().setAccessibleName(m.get("status.section.products"));
        table.setDefaultRenderer(Object.class, new Renderer(rows));
        FontMetrics fm = table.getFontMetrics(table.getFont());
        table.setRowHeight(fm.getHeight() + fm.getHeight() / 2);
        int pad = fm.charWidth('m') * 2;
        int total = 0;
        for (int c = 0; c < COLUMNS.length; c++) {
            int w = fm.stringWidth(m.get(COLUMNS[c]));
            for (int r = 0; r < rows.size(); r++) {
                w = Math.max(w, fm.stringWidth(String.valueOf(table.getModel().getValueAt(r, c))));
            }
            TableColumn col = table.getColumnModel().getColumn(c);
            col.setPreferredWidth(w + pad);
            col.setMinWidth(Math.min(w + pad, fm.charWidth('m') * 6));
            total += w + pad;
        }
        table.setPreferredScrollableViewportSize(new Dimension(total, table.getRowHeight() * Math.max(1, rows.size())));
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        return new JScrollPane(table);
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final List<ProductRow> rows;
        private final String[] names;

        Model(List<ProductRow> rows, Messages m) {
            this.rows = rows;
            this.names = java.util.Arrays.stream(COLUMNS).map(m::get).toArray(String[]::new);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return names.length;
        }

        @Override
        public String getColumnName(int column) {
            return names[column];
        }

        @Override
        public Object getValueAt(int r, int c) {
            ProductRow row = rows.get(r);
            return switch (c) {
                case 0 -> row.name();
                case 1 -> row.channel();
                case 2 -> row.status();
                case 3 -> row.daysLeft();
                case 4 -> row.expiry();
                default -> row.kmsHost();
            };
        }
    }

    private static final class Renderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<ProductRow> rows;

        Renderer(List<ProductRow> rows) {
            this.rows = rows;
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
            JLabel c = (JLabel) super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            c.setToolTipText(String.valueOf(value));
            c.setFont(table.getFont());
            if (!selected) {
                c.setForeground(table.getForeground());
            }
            if (column == DAYS_COLUMN && !selected && row < rows.size()) {
                switch (rows.get(row).severity()) {
                    case OK -> c.setForeground(Palette.ok());
                    case WARNING -> c.setForeground(Palette.warning());
                    case CRITICAL, EXPIRED -> c.setForeground(Palette.danger());
                    default -> { }
                }
                c.setFont(table.getFont().deriveFont(java.awt.Font.BOLD));
            }
            return c;
        }
    }
}
