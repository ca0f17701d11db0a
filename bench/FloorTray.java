import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import javax.swing.SwingUtilities;

/**
 * The floor for any Java tray app: one AWT tray icon and nothing else. bench/footprint.sh runs it beside
 * KMS Tray on the same JVM with the same options and compares start time, memory and idle CPU.
 */
public final class FloorTray {
    public static void main(String[] args) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x2FA84F));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            TrayIcon icon = new TrayIcon(image, "Floor");
            icon.setImageAutoSize(true);
            try {
                SystemTray.getSystemTray().add(icon);
            } catch (Exception e) {
                System.err.println("no tray: " + e.getMessage());
                System.exit(5);
            }
            // The same marker KMS Tray prints with -Dkmstray.startupMarker=true.
            System.out.println("kmstray: tray icon added");
            System.out.flush();
        });
        Thread.sleep(Long.MAX_VALUE);
    }
}
