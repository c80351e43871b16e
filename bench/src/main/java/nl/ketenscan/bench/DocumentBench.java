package nl.ketenscan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import nl.ketenscan.crawler.Limits;
import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.documents.DocumentPool;
import nl.ketenscan.rules.PageResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Documents per minute and the JVM's peak heap when the scan's {@link DocumentPool} checks generated
 * PDFs of 1, 20 and 300 pages (each page a heading and a paragraph of text), with the pool's default
 * threads and the default page budget. The peak heap is the sum of the heap pools' peaks, reset
 * before each size, so it includes garbage not yet collected: an upper bound of what documents
 * cost beside the rest of a scan.
 *
 * <p>Usage: {@code DocumentBench [documents per size]}, by default 30.
 */
public final class DocumentBench {

    private static final int[] PAGES = {1, 20, 300};

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Limits limits = Limits.defaults();
        int threads = DocumentPool.defaultThreads();
        System.out.printf("document pool: %d threads, budget %d s, heap limit %d MB%n", threads,
                limits.pageBudget().toSeconds(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (int pages : PAGES) {
            byte[] pdf = pdf(pages);
            FetchResult fetched = new FetchResult("https://gemeente.example/d.pdf", "https://gemeente.example/d.pdf",
                    200, "application/pdf", pdf, false, null);
            System.gc();
            resetPeaks();
            CountDownLatch done = new CountDownLatch(documents);
            int[] errors = new int[1];
            long start = System.nanoTime();
            try (DocumentPool pool = new DocumentPool(threads, limits.pageBudget(), limits.maxDocumentBytes())) {
                for (int i = 0; i < documents; i++) {
                    pool.submit("https://gemeente.example/d" + i + ".pdf", fetched, result -> {
                        count(errors, result);
                        done.countDown();
                    });
                }
                done.await();
            }
            double minutes = Duration.ofNanos(System.nanoTime() - start).toMillis() / 60_000.0;
            System.out.printf("%3d pages (%,d bytes): %d documents, %.0f documents/min, peak heap %d MB, %d errors%n",
                    pages, pdf.length, documents, documents / minutes, peakHeap() / (1024 * 1024), errors[0]);
        }
    }

    private static synchronized void count(int[] errors, PageResult result) {
        if (result.error() != null) {
            errors[0]++;
        }
    }

    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Artikel " + p + ". Bestemmingsplan Lindeveen-Noord.");
                    for (int line = 0; line < 30; line++) {
                        content.newLineAtOffset(0, -18);
                        content.showText("De gronden zijn bestemd voor wonen, tuinen, erven en bijbehorende voorzieningen.");
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle("Bestemmingsplan");
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
